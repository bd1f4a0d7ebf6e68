"""Value objects passed between the engine, the actions and the API layer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

JsonDict = dict[str, Any]
Patch = JsonDict | list[JsonDict]  # merge patch (dict) or JSON patch (list of operations)


@dataclass(frozen=True)
class Target:
    kind: str
    name: str
    namespace: str | None = None

    def describe(self) -> str:
        where = f"{self.namespace}/" if self.namespace else ""
        return f"{self.kind.lower()} {where}{self.name}"

    def to_dict(self) -> JsonDict:
        out: JsonDict = {"kind": self.kind, "name": self.name}
        if self.namespace:
            out["namespace"] = self.namespace
        return out


@dataclass(frozen=True)
class Permission:
    """One verb the executor needs, checked with a SelfSubjectAccessReview."""

    verb: str
    group: str
    resource: str
    namespace: str | None = None
    subresource: str | None = None

    def to_dict(self) -> JsonDict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class ApiCall:
    """One request sent to the API server, as recorded by the Kubernetes adapter."""

    verb: str
    method: str
    path: str
    dry_run: bool
    status_code: int | None = None
    body: JsonDict | None = None

    def to_dict(self) -> JsonDict:
        out: JsonDict = {
            "verb": self.verb,
            "method": self.method,
            "path": self.path,
            "dry_run": self.dry_run,
        }
        if self.status_code is not None:
            out["status_code"] = self.status_code
        if self.body is not None:
            out["body"] = self.body
        return out

    @property
    def mutating(self) -> bool:
        return self.method in ("POST", "PUT", "PATCH", "DELETE") and self.verb != "access-review"

    @property
    def accepted(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass
class ConditionReport:
    description: str
    reached: bool
    waited_seconds: float = 0.0
    timeout_seconds: int | None = None
    last_seen: str | None = None

    def to_dict(self) -> JsonDict:
        out: JsonDict = {
            "description": self.description,
            "reached": self.reached,
            "waited_seconds": round(self.waited_seconds, 3),
        }
        if self.timeout_seconds is not None:
            out["timeout_seconds"] = self.timeout_seconds
        if self.last_seen is not None:
            out["last_seen"] = self.last_seen
        return out


@dataclass
class RestoreStep:
    """One call that undoes (part of) an action: recorded before the action ran."""

    op: Literal["patch", "delete"]
    kind: str
    name: str
    namespace: str | None = None
    body: Patch | None = None
    subresource: str | None = None
    description: str = ""

    def to_dict(self) -> JsonDict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: JsonDict) -> RestoreStep:
        return cls(**data)


@dataclass
class ActionOutcome:
    """What an action did; the engine adds calls, timing and bookkeeping."""

    target: Target
    message: str
    before: JsonDict = field(default_factory=dict)
    after: JsonDict = field(default_factory=dict)
    condition: ConditionReport | None = None
    undo: list[RestoreStep] = field(default_factory=list)
    diagnostics: JsonDict | None = None

    @property
    def status(self) -> Literal["succeeded", "timed_out"]:
        if self.condition is not None and not self.condition.reached:
            return "timed_out"
        return "succeeded"
