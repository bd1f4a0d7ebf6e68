"""The action catalogue as the workflow gates see it, and target resolution.

The catalogue file (``contracts/actions/catalogue.yaml``) is parsed by an adapter;
this module only interprets the already-parsed mapping, so it stays pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.workflow.domain.model import Target

RISKS = ("low", "medium", "high")


@dataclass(frozen=True)
class ActionInfo:
    name: str
    risk: str
    target_kinds: tuple[str, ...]
    mutating: bool
    reversible: bool
    # A rough execution estimate for the seed's ``estimated_duration``.
    estimated_seconds: int = 30


# Used only when the catalogue file cannot be read: the workflow must still be
# able to classify the risky actions, so the fallback errs on the cautious side.
_FALLBACK: tuple[ActionInfo, ...] = (
    ActionInfo("restart_pod", "low", ("Pod",), True, False, 30),
    ActionInfo("delete_pod", "medium", ("Pod",), True, False, 30),
    ActionInfo(
        "rollout_restart", "low", ("Deployment", "StatefulSet", "DaemonSet"), True, False, 120
    ),
    ActionInfo("scale_deployment", "medium", ("Deployment",), True, True, 60),
    ActionInfo("scale_statefulset", "high", ("StatefulSet",), True, True, 120),
    ActionInfo(
        "increase_resources", "medium", ("Deployment", "StatefulSet", "DaemonSet"), True, True, 120
    ),
    ActionInfo("rollback_deployment", "medium", ("Deployment",), True, True, 120),
    ActionInfo("cordon_node", "medium", ("Node",), True, True, 10),
    ActionInfo("uncordon_node", "low", ("Node",), True, True, 10),
    ActionInfo("drain_node", "high", ("Node",), True, True, 300),
    ActionInfo("expand_pvc", "medium", ("PersistentVolumeClaim",), True, False, 60),
    ActionInfo("update_hpa", "medium", ("HorizontalPodAutoscaler",), True, True, 10),
    ActionInfo("quarantine_pod", "medium", ("Pod",), True, True, 30),
    ActionInfo("collect_diagnostics", "low", ("Pod", "Deployment", "Node"), False, True, 30),
    ActionInfo("notify_only", "low", (), False, True, 1),
)

_ESTIMATES = {info.name: info.estimated_seconds for info in _FALLBACK}


class Catalogue:
    def __init__(self, actions: Mapping[str, ActionInfo], source: str) -> None:
        self._actions = dict(actions)
        self.source = source

    def get(self, name: str) -> ActionInfo | None:
        return self._actions.get(name)

    def names(self) -> list[str]:
        return sorted(self._actions)

    @classmethod
    def fallback(cls) -> Catalogue:
        return cls({a.name: a for a in _FALLBACK}, source="built-in")

    @classmethod
    def from_document(cls, document: Mapping[str, Any], source: str) -> Catalogue:
        """Build from the parsed YAML; raises ValueError on a malformed entry."""
        entries = document.get("actions")
        if not isinstance(entries, list) or not entries:
            raise ValueError("catalogue has no 'actions' list")
        actions: dict[str, ActionInfo] = {}
        for entry in entries:
            if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
                raise ValueError(f"catalogue entry without a name: {entry!r}")
            name = entry["name"]
            risk = entry.get("risk", "high")
            if risk not in RISKS:
                raise ValueError(f"catalogue action {name}: unknown risk {risk!r}")
            kinds = entry.get("target_kinds") or []
            actions[name] = ActionInfo(
                name=name,
                risk=risk,
                target_kinds=tuple(str(k) for k in kinds),
                mutating=bool(entry.get("mutating", True)),
                reversible=bool(entry.get("reversible", False)),
                estimated_seconds=int(entry.get("estimated_seconds", _ESTIMATES.get(name, 30))),
            )
        return cls(actions, source=source)


def _param_str(parameters: Mapping[str, Any], key: str) -> str | None:
    value = parameters.get(key)
    return value if isinstance(value, str) and value else None


def resolve_target(
    info: ActionInfo | None, parameters: Mapping[str, Any], alert: Mapping[str, Any]
) -> Target:
    """The object an action acts on: kind from the catalogue (or ``kind``), name and
    namespace from the parameters, falling back to the alert's own fields."""
    kinds = info.target_kinds if info else ()
    kind = _param_str(parameters, "kind")
    alert_kind = _param_str(alert, "kind")
    if kind is None and alert_kind is not None and alert_kind in kinds:
        kind = alert_kind  # e.g. collect_diagnostics on the alert's own Deployment
    if kind is None:
        kind = kinds[0] if kinds else "Unknown"
    name = (
        _param_str(parameters, "resource")
        or _param_str(alert, "resource")
        or _param_str(parameters, "node")
        or "unknown"
    )
    namespace: str | None = None
    if kind != "Node":
        namespace = _param_str(parameters, "namespace") or _param_str(alert, "namespace")
    return Target(kind=kind, name=name, namespace=namespace)
