"""Scope filter: which alerts Kubernaut may remediate.

Out-of-scope alerts are not dropped: they are passed on marked out of scope so
they are recorded and notified, never acted on. Pure logic, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

# Prometheus label names cannot contain "." or "/", so the Kubernetes-style
# label arrives under several spellings depending on how it reached the alert:
# set directly, sanitised by Prometheus, or joined from kube_namespace_labels.
DEFAULT_OPT_IN_LABELS: tuple[str, ...] = (
    "kubernaut.io/managed",
    "kubernaut_io_managed",
    "label_kubernaut_io_managed",
)


@dataclass(frozen=True, slots=True)
class ScopeDecision:
    in_scope: bool
    reason: str


@dataclass(frozen=True, slots=True)
class ScopePolicy:
    """Namespace allow/deny lists (shell-style globs) and an optional opt-in label.

    Deny wins over allow. An empty allow list allows every namespace. Alerts
    without a namespace (nodes, cluster-wide alerts) follow `cluster_scoped`.
    """

    allow_namespaces: Sequence[str] = ()
    deny_namespaces: Sequence[str] = ()
    require_opt_in: bool = False
    opt_in_labels: Sequence[str] = field(default=DEFAULT_OPT_IN_LABELS)
    opt_in_value: str = "true"
    cluster_scoped: bool = True

    def decide(self, labels: Mapping[str, str]) -> ScopeDecision:
        namespace = labels.get("namespace", "")
        if namespace:
            for pattern in self.deny_namespaces:
                if fnmatchcase(namespace, pattern):
                    return ScopeDecision(False, f"namespace {namespace} denied by {pattern!r}")
            if self.allow_namespaces and not any(
                fnmatchcase(namespace, pattern) for pattern in self.allow_namespaces
            ):
                return ScopeDecision(False, f"namespace {namespace} not in the allow list")
        elif not self.cluster_scoped:
            return ScopeDecision(False, "alert has no namespace and cluster-scoped alerts are off")
        if self.require_opt_in:
            opted = next(
                (name for name in self.opt_in_labels if labels.get(name) == self.opt_in_value),
                None,
            )
            if opted is None:
                wanted = self.opt_in_labels[0] if self.opt_in_labels else "opt-in label"
                return ScopeDecision(False, f"missing opt-in label {wanted}={self.opt_in_value}")
            return ScopeDecision(True, f"opted in by {opted}={self.opt_in_value}")
        if namespace and self.allow_namespaces:
            return ScopeDecision(True, f"namespace {namespace} allowed")
        if not self.allow_namespaces and not self.deny_namespaces:
            return ScopeDecision(True, "no scope restrictions configured")
        if not namespace:
            return ScopeDecision(True, "cluster-scoped alert allowed")
        return ScopeDecision(True, f"namespace {namespace} not denied")
