"""Environment and priority classification with configurable rules.

Rules are data (loaded from settings or a YAML/JSON file by the caller): the
first rule whose every matcher fully matches sets the environment and/or
priority it names. What no rule decides falls back to defaults: the alert's
`environment`/`env` label, then the namespace's name, then a severity-by-
environment matrix for the priority. Pure logic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

PRIORITIES = ("P1", "P2", "P3", "P4")

_DEFAULT_ENVIRONMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(^|[-_.])(prod|production|prd|live)($|[-_.])"), "production"),
    (re.compile(r"(^|[-_.])(staging|stage|stg|preprod|uat)($|[-_.])"), "staging"),
    (re.compile(r"(^|[-_.])(dev|development|test|testing|qa|sandbox|ci)($|[-_.])"), "development"),
)

_MATRIX: Mapping[str, Mapping[str, str]] = {
    "critical": {"production": "P1", "staging": "P2", "development": "P3"},
    "warning": {"production": "P2", "staging": "P3", "development": "P4"},
    "info": {"production": "P4", "staging": "P4", "development": "P4"},
}
_MATRIX_UNKNOWN_ENV = {"critical": "P2", "warning": "P3", "info": "P4"}


class RuleError(ValueError):
    """A classification rule is malformed."""


@dataclass(frozen=True, slots=True)
class ClassificationRule:
    """`match` maps a field to a regular expression that must match it fully.

    Fields: `namespace`, `alertname`, `severity` (normalised), `kind`,
    `resource`, or any label name (`label:team` or plain `team`).
    """

    name: str
    match: Mapping[str, re.Pattern[str]]
    environment: str | None = None
    priority: str | None = None

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], index: int = 0) -> ClassificationRule:
        name = str(raw.get("name") or f"rule-{index}")
        matchers = raw.get("match") or {}
        if not isinstance(matchers, Mapping):
            raise RuleError(f"{name}: match must be a mapping of field → regex")
        compiled: dict[str, re.Pattern[str]] = {}
        for key, pattern in matchers.items():
            try:
                compiled[str(key)] = re.compile(str(pattern))
            except re.error as exc:
                raise RuleError(f"{name}: invalid regex for {key}: {exc}") from exc
        environment = raw.get("environment")
        priority = raw.get("priority")
        if priority is not None and priority not in PRIORITIES:
            raise RuleError(f"{name}: priority must be one of {', '.join(PRIORITIES)}")
        if environment is None and priority is None:
            raise RuleError(f"{name}: a rule must set environment and/or priority")
        return cls(name, compiled, None if environment is None else str(environment), priority)

    def matches(self, facts: Mapping[str, str], labels: Mapping[str, str]) -> bool:
        for key, pattern in self.match.items():
            if key.startswith("label:"):
                value = labels.get(key[6:], "")
            elif key in facts:
                value = facts[key]
            else:
                value = labels.get(key, "")
            if not pattern.fullmatch(value):
                return False
        return True


@dataclass(frozen=True, slots=True)
class Classification:
    environment: str
    priority: str
    matched_rule: str


def parse_rules(raw_rules: Iterable[Mapping[str, Any]]) -> list[ClassificationRule]:
    return [ClassificationRule.from_mapping(raw, i) for i, raw in enumerate(raw_rules)]


def default_environment(namespace: str, labels: Mapping[str, str]) -> str:
    for label in ("environment", "env", "label_environment", "label_env"):
        if labels.get(label):
            return labels[label].lower()
    lowered = namespace.lower()
    for pattern, environment in _DEFAULT_ENVIRONMENTS:
        if pattern.search(lowered):
            return environment
    return "unknown"


def default_priority(severity: str, environment: str) -> str:
    row = _MATRIX.get(severity)
    if row is None:
        return "P3"
    return row.get(environment, _MATRIX_UNKNOWN_ENV[severity])


@dataclass(frozen=True, slots=True)
class Classifier:
    rules: Sequence[ClassificationRule] = field(default_factory=tuple)

    def classify(
        self,
        *,
        alertname: str,
        severity: str,
        namespace: str,
        labels: Mapping[str, str],
        kind: str = "",
        resource: str = "",
    ) -> Classification:
        facts = {
            "alertname": alertname,
            "severity": severity,
            "namespace": namespace,
            "kind": kind,
            "resource": resource,
        }
        environment: str | None = None
        priority: str | None = None
        decided_by: list[str] = []
        for rule in self.rules:
            if (environment is not None or rule.environment is None) and (
                priority is not None or rule.priority is None
            ):
                continue  # this rule could only set what is already decided
            if not rule.matches(facts, labels):
                continue
            if environment is None and rule.environment is not None:
                environment = rule.environment
                decided_by.append(rule.name)
            if priority is None and rule.priority is not None:
                priority = rule.priority
                if rule.name not in decided_by:
                    decided_by.append(rule.name)
            if environment is not None and priority is not None:
                break
        if environment is None:
            environment = default_environment(namespace, labels)
        if priority is None:
            priority = default_priority(severity, environment)
        return Classification(environment, priority, ",".join(decided_by) or "default")
