"""The safety policy: every gate's switch and threshold, and the dry-run resolution.

Values are plain data so the settings layer can build a policy and tests can tweak
one knob at a time (``dataclasses.replace``).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta


@dataclass(frozen=True)
class GatePolicy:
    # confidence floor: below it a human must approve
    confidence_gate: bool = True
    confidence_floor: float = 0.7
    # risk: these actions, risk levels, or target kinds need approval (mutating only)
    risk_gate: bool = True
    approval_actions: frozenset[str] = frozenset({"drain_node", "rollback_deployment"})
    approval_risks: frozenset[str] = frozenset({"high"})
    approval_kinds: frozenset[str] = frozenset({"Node", "StatefulSet"})
    approval_timeout: timedelta = timedelta(minutes=30)
    # dry-run workflows never touch the cluster: by default they skip the wait
    dry_run_requires_approval: bool = False
    # scope
    protected_namespaces: frozenset[str] = frozenset({"kube-system"})
    # glob patterns of namespaces Kubernaut may act in (opt-in); "*" = all
    managed_namespaces: tuple[str, ...] = ("*",)
    # per target
    concurrency_gate: bool = True
    cooldown: timedelta = timedelta(minutes=5)
    max_consecutive_failures: int = 3
    failure_block: timedelta = timedelta(hours=1)
    # oscillation
    oscillation_gate: bool = True
    oscillation_window: timedelta = timedelta(hours=1)
    scale_reversals: int = 2
    ineffective_chain: int = 2
    ineffective_window: timedelta = timedelta(hours=4)
    restart_limit: int = 3
    restart_actions: frozenset[str] = frozenset({"restart_pod", "delete_pod", "rollout_restart"})
    # rate limits (0 disables)
    rate_limit_global: int = 20
    rate_limit_per_namespace: int = 5
    rate_limit_window: timedelta = timedelta(minutes=10)

    @property
    def history_horizon(self) -> timedelta:
        """How far back the per-target gates look: the repository loads that much."""
        return max(
            self.cooldown,
            self.failure_block,
            self.oscillation_window,
            self.ineffective_window,
            self.rate_limit_window,
            timedelta(hours=24),
        )


def namespace_managed(namespace: str | None, patterns: tuple[str, ...]) -> bool:
    if namespace is None:
        # cluster-scoped targets (nodes) are in scope when everything is
        return "*" in patterns
    return any(fnmatch.fnmatchcase(namespace, p) for p in patterns)


@dataclass(frozen=True)
class DryRunPolicy:
    """Where real execution is allowed. The embedded default is dry-run everywhere
    until the user opts in (globally, per namespace or per action)."""

    default: bool = True
    namespaces: Mapping[str, bool] = field(default_factory=dict)
    actions: Mapping[str, bool] = field(default_factory=dict)

    def resolve(
        self, action: str, namespace: str | None, requested: bool | None = None
    ) -> tuple[bool, str]:
        """(dry_run, source). Dry-run wins whenever any applicable setting asks for
        it (request, action, namespace); otherwise an explicit per-action or
        per-namespace opt-in allows real execution; otherwise the global default."""
        explicit: list[tuple[bool, str]] = []
        if requested:
            explicit.append((True, "request"))
        if action in self.actions:
            explicit.append((self.actions[action], f"action:{action}"))
        if namespace is not None and namespace in self.namespaces:
            explicit.append((self.namespaces[namespace], f"namespace:{namespace}"))
        for dry, source in explicit:
            if dry:
                return True, source
        if explicit:
            return explicit[0]
        return self.default, "global"
