"""The remediation action catalogue and validation of (action, parameters) against it.

The catalogue (contracts/actions/catalogue.yaml) is the only list of actions Kubernaut
may take. Every decision, whether a rule or an LLM produced it, passes through
``Catalogue.validate`` before it leaves the service.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from .models import RISK_ORDER, RiskLevel


class CatalogueError(ValueError):
    """The catalogue document itself is invalid."""


@dataclass(frozen=True)
class ActionSpec:
    name: str
    description: str
    risk: RiskLevel
    target_kinds: tuple[str, ...]
    mutating: bool
    reversible: bool
    parameters: Mapping[str, Any]

    @property
    def properties(self) -> Mapping[str, Any]:
        props = self.parameters.get("properties", {})
        return props if isinstance(props, Mapping) else {}

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(self.parameters.get("required", ()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "risk": self.risk,
            "target_kinds": list(self.target_kinds),
            "mutating": self.mutating,
            "reversible": self.reversible,
            "parameters": dict(self.parameters),
        }


class Catalogue:
    """Immutable, ordered set of actions with compiled parameter validators."""

    def __init__(self, actions: list[ActionSpec]) -> None:
        self._actions = {a.name: a for a in actions}
        self._validators = {a.name: Draft202012Validator(dict(a.parameters)) for a in actions}

    @classmethod
    def from_document(cls, doc: Any) -> Catalogue:
        if not isinstance(doc, Mapping) or not isinstance(doc.get("actions"), list):
            raise CatalogueError("catalogue must be a mapping with an 'actions' list")
        specs: list[ActionSpec] = []
        for index, entry in enumerate(doc["actions"]):
            specs.append(_parse_entry(index, entry))
        names = [s.name for s in specs]
        if len(set(names)) != len(names):
            raise CatalogueError("duplicate action names in catalogue")
        if "notify_only" not in names:
            # notify_only is the universal safe answer; the engine cannot work without it.
            raise CatalogueError("catalogue must define notify_only")
        return cls(specs)

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[ActionSpec]:
        return iter(self._actions.values())

    def __len__(self) -> int:
        return len(self._actions)

    def get(self, name: str) -> ActionSpec | None:
        return self._actions.get(name)

    def names(self) -> list[str]:
        return list(self._actions)

    def validate(self, action: str, parameters: Mapping[str, Any]) -> list[str]:
        """Every reason ``parameters`` is not acceptable for ``action``; empty when valid."""
        spec = self._actions.get(action)
        if spec is None:
            return [f"unknown action {action!r}; allowed: {', '.join(self._actions)}"]
        errors = []
        for err in sorted(self._validators[action].iter_errors(dict(parameters)), key=str):
            where = "/".join(str(p) for p in err.absolute_path) or "parameters"
            errors.append(f"{where}: {err.message}")
        errors.extend(_semantic_errors(action, parameters))
        return errors

    def filter(
        self,
        *,
        risk: str | None = None,
        target_kind: str | None = None,
        mutating: bool | None = None,
    ) -> list[ActionSpec]:
        out = []
        for spec in self:
            if risk is not None and spec.risk != risk:
                continue
            if target_kind is not None and target_kind.lower() not in {
                k.lower() for k in spec.target_kinds
            }:
                continue
            if mutating is not None and spec.mutating != mutating:
                continue
            out.append(spec)
        return out


def max_risk(levels: list[RiskLevel]) -> RiskLevel:
    if not levels:
        return "low"
    return max(levels, key=lambda level: RISK_ORDER[level])


def _parse_entry(index: int, entry: Any) -> ActionSpec:
    if not isinstance(entry, Mapping):
        raise CatalogueError(f"actions[{index}] must be a mapping")
    try:
        name = str(entry["name"])
        risk = entry["risk"]
        params = entry["parameters"]
    except KeyError as exc:
        raise CatalogueError(f"actions[{index}] lacks {exc.args[0]!r}") from exc
    if risk not in RISK_ORDER:
        raise CatalogueError(f"action {name}: risk must be low|medium|high, not {risk!r}")
    if not isinstance(params, Mapping) or params.get("type") != "object":
        raise CatalogueError(f"action {name}: parameters must be a JSON Schema object")
    try:
        Draft202012Validator.check_schema(dict(params))
    except SchemaError as exc:
        raise CatalogueError(f"action {name}: invalid parameter schema: {exc.message}") from exc
    return ActionSpec(
        name=name,
        description=str(entry.get("description", "")).strip(),
        risk=risk,
        target_kinds=tuple(str(k) for k in entry.get("target_kinds", ())),
        mutating=bool(entry.get("mutating", True)),
        reversible=bool(entry.get("reversible", False)),
        parameters=params,
    )


def _semantic_errors(action: str, params: Mapping[str, Any]) -> list[str]:
    """Cross-field rules JSON Schema cannot express."""
    if action == "update_hpa":
        low, high = params.get("min_replicas"), params.get("max_replicas")
        if isinstance(low, int) and isinstance(high, int) and low > high:
            return [f"min_replicas ({low}) must not exceed max_replicas ({high})"]
    return []
