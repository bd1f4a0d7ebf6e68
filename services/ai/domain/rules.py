"""The deterministic rule engine: alert → catalogue action with parameters.

Rules are data (YAML), evaluated in order; user rules come before the built-in ones so
a user can override any of them, and ``disable`` switches built-in rules off by id. The
first rule that matches the alert, whose target can be resolved and whose parameters
validate against the catalogue decides. Nothing matches → ``notify_only``: the engine
never guesses a mutating action for an alert it does not know.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .catalogue import Catalogue
from .models import Alert, Decision, Target
from .targets import TARGET_SPECS, namespace_of, resolve

INFORMATIONAL_SEVERITIES = frozenset({"info", "none", "informational"})
UNKNOWN_CONFIDENCE = 0.3
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\.([A-Za-z0-9_.-]+?)(\|int)?\}")


class RuleError(ValueError):
    """A rules document is invalid (reported with the rule's position)."""


@dataclass(frozen=True)
class Matcher:
    """Exact values, or a regular expression when the value starts with ``~``."""

    values: tuple[str, ...]

    def matches(self, value: str | None) -> bool:
        if value is None:
            return False
        for expected in self.values:
            if expected.startswith("~"):
                if re.fullmatch(expected[1:], value):
                    return True
            elif expected == value:
                return True
        return False


@dataclass(frozen=True)
class Rule:
    id: str
    action: str
    alertnames: Matcher | None = None
    severities: Matcher | None = None
    labels: Mapping[str, Matcher] = field(default_factory=dict)
    target: str = "none"
    confidence: float = 0.5
    parameters: Mapping[str, Any] = field(default_factory=dict)
    reason: str = ""
    description: str = ""
    origin: str = "user"

    def accepts_name(self, name: str) -> bool:
        return self.alertnames is None or self.alertnames.matches(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "origin": self.origin,
            "action": self.action,
            "target": self.target,
            "confidence": self.confidence,
            "alertnames": list(self.alertnames.values) if self.alertnames else [],
            "severities": list(self.severities.values) if self.severities else [],
            "labels": {k: list(m.values) for k, m in self.labels.items()},
            "parameters": dict(self.parameters),
            "reason": self.reason or self.description,
        }

    def matches(self, alert: Alert) -> bool:
        if self.alertnames and not self.alertnames.matches(alert.name):
            return False
        if self.severities and not self.severities.matches(alert.severity.lower()):
            return False
        return all(m.matches(alert.labels.get(k)) for k, m in self.labels.items())


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    @classmethod
    def combine(cls, user: Mapping[str, Any] | None, builtin: Mapping[str, Any]) -> RuleSet:
        """User rules first, then the built-in ones not listed in the user's ``disable``."""
        user_rules = parse_rules(user, origin="user") if user else []
        disabled = set(_strings(user.get("disable", []) if user else [], "disable"))
        builtin_rules = [r for r in parse_rules(builtin, origin="builtin") if r.id not in disabled]
        return cls(tuple(user_rules + builtin_rules))

    def check_against(self, catalogue: Catalogue) -> None:
        for rule in self.rules:
            if rule.action not in catalogue:
                raise RuleError(f"rule {rule.id}: action {rule.action!r} is not in the catalogue")


class RuleEngine:
    def __init__(self, rules: RuleSet, catalogue: Catalogue) -> None:
        rules.check_against(catalogue)
        self.rules = rules
        self.catalogue = catalogue

    def decide(self, alert: Alert) -> Decision:
        if alert.status == "resolved":
            return notify(
                alert,
                1.0,
                "Alert is resolved; resolved alerts are never remediated",
                rule_id="builtin/resolved",
            )
        skipped: list[str] = []
        for rule in self.rules.rules:
            if not rule.matches(alert):
                continue
            decision, problem = self._apply(rule, alert)
            if decision:
                if skipped:
                    decision = _with_reason(
                        decision, f"{decision.primary_reason} (skipped: {'; '.join(skipped)})"
                    )
                return decision
            skipped.append(f"{rule.id}: {problem}")
        if alert.severity.lower() in INFORMATIONAL_SEVERITIES:
            return notify(
                alert,
                0.9,
                f"{alert.name} is informational (severity {alert.severity}); nothing to remediate",
                rule_id="builtin/informational",
            )
        why = f"No rule maps alert {alert.name} to a safe action; a human should look"
        if skipped:
            why += f" (rules matched but could not apply: {'; '.join(skipped)})"
        return notify(alert, UNKNOWN_CONFIDENCE, why, rule_id="builtin/unknown")

    def _apply(self, rule: Rule, alert: Alert) -> tuple[Decision | None, str]:
        target = resolve(alert, rule.target)
        if rule.target != "none" and target is None:
            return None, f"the alert does not identify its {rule.target}"
        spec = self.catalogue.get(rule.action)
        assert spec is not None  # checked by RuleSet.check_against
        params = target_parameters(rule.action, self.catalogue, target)
        for key, value in rule.parameters.items():
            rendered = render(value, alert, target)
            if rendered is not _MISSING:
                params[key] = rendered
        reason_text = render_text(rule.reason, alert, target) if rule.reason else rule.description
        if rule.action == "notify_only" and "reason" not in params and reason_text:
            params["reason"] = reason_text[:2000]
        errors = self.catalogue.validate(rule.action, params)
        if errors:
            return None, "invalid parameters: " + "; ".join(errors)
        where = target.describe() if target else (namespace_of(alert) or "cluster")
        return Decision(
            action=rule.action,
            confidence=rule.confidence,
            parameters=params,
            summary=f"{alert.severity} alert {alert.name} on {where}: {rule.action}",
            primary_reason=reason_text or f"Rule {rule.id} matched",
            decided_by="rules",
            rule_id=rule.id,
        ), ""


def notify(alert: Alert, confidence: float, reason: str, *, rule_id: str) -> Decision:
    params: dict[str, Any] = {"reason": reason[:2000]}
    ns = namespace_of(alert)
    if ns and re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", ns) and len(ns) <= 63:
        params["namespace"] = ns
    if alert.resource and len(alert.resource) <= 253:
        params["resource"] = alert.resource
    return Decision(
        action="notify_only",
        confidence=confidence,
        parameters=params,
        summary=f"{alert.severity} alert {alert.name}: notify only",
        primary_reason=reason,
        decided_by="rules",
        rule_id=rule_id,
    )


def target_parameters(action: str, catalogue: Catalogue, target: Target | None) -> dict[str, Any]:
    """namespace/resource/kind taken from the target, where the action's schema has them."""
    spec = catalogue.get(action)
    if spec is None or target is None:
        return {}
    props = spec.properties
    params: dict[str, Any] = {}
    if "namespace" in props and target.namespace:
        params["namespace"] = target.namespace
    if "resource" in props:
        params["resource"] = target.name
    if "kind" in props:
        allowed = props["kind"].get("enum") if isinstance(props["kind"], Mapping) else None
        if not allowed or target.kind in allowed:
            params["kind"] = target.kind
    return params


class _Missing:
    pass


_MISSING: Any = _Missing()


def render_text(text: str, alert: Alert, target: Target | None) -> str:
    """Render a human text; a placeholder without a value reads "unknown"."""
    return _PLACEHOLDER.sub(
        lambda m: str(_scope(alert, target).get(m[1], {}).get(m[2]) or "unknown"), text
    )


def _scope(alert: Alert, target: Target | None) -> dict[str, Mapping[str, Any]]:
    return {
        "labels": alert.labels,
        "annotations": alert.annotations,
        "alert": {
            "name": alert.name,
            "severity": alert.severity,
            "namespace": namespace_of(alert),
            "resource": alert.resource,
        },
        "target": {"kind": target.kind, "name": target.name, "namespace": target.namespace}
        if target
        else {},
    }


def render(value: Any, alert: Alert, target: Target | None) -> Any:
    """Fill ``{labels.x}``, ``{annotations.x}``, ``{alert.x}``, ``{target.x}`` placeholders.

    A value that is a single placeholder keeps the placeholder's type (``|int`` converts);
    when a placeholder has no value the whole parameter is left out, so optional
    parameters disappear and required ones fail validation instead of being invented.
    """
    if isinstance(value, list):
        items = [render(v, alert, target) for v in value]
        return [i for i in items if i is not _MISSING]
    if not isinstance(value, str) or "{" not in value:
        return value
    scope = _scope(alert, target)
    whole = _PLACEHOLDER.fullmatch(value)
    if whole:
        found = scope.get(whole[1], {}).get(whole[2])
        if found is None or found == "":
            return _MISSING
        if whole[3]:
            try:
                return int(str(found))
            except ValueError:
                return _MISSING
        return found
    missing = False

    def sub(match: re.Match[str]) -> str:
        nonlocal missing
        found = scope.get(match[1], {}).get(match[2])
        if found is None:
            missing = True
            return ""
        return str(found)

    out = _PLACEHOLDER.sub(sub, value)
    return _MISSING if missing else out


def parse_rules(doc: Mapping[str, Any] | None, *, origin: str) -> list[Rule]:
    if doc is None:
        return []
    if not isinstance(doc, Mapping):
        raise RuleError(f"{origin} rules: document must be a mapping with a 'rules' list")
    raw = doc.get("rules", [])
    if not isinstance(raw, list):
        raise RuleError(f"{origin} rules: 'rules' must be a list")
    rules = [_parse_rule(i, entry, origin) for i, entry in enumerate(raw)]
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise RuleError(f"{origin} rules: duplicate rule ids")
    return rules


def _parse_rule(index: int, entry: Any, origin: str) -> Rule:
    where = f"{origin} rules[{index}]"
    if not isinstance(entry, Mapping):
        raise RuleError(f"{where}: must be a mapping")
    unknown = set(entry) - {
        "id",
        "match",
        "action",
        "target",
        "confidence",
        "parameters",
        "reason",
        "description",
    }
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}")
    if not isinstance(entry.get("action"), str):
        raise RuleError(f"{where}: 'action' (a catalogue action name) is required")
    match = entry.get("match", {})
    if not isinstance(match, Mapping) or not match:
        raise RuleError(f"{where}: 'match' must be a non-empty mapping")
    bad = set(match) - {"alertname", "severity", "labels"}
    if bad:
        raise RuleError(f"{where}: unknown match keys {sorted(bad)}")
    label_matchers = match.get("labels", {})
    if not isinstance(label_matchers, Mapping):
        raise RuleError(f"{where}: match.labels must be a mapping")
    target = entry.get("target", "none")
    if target not in TARGET_SPECS:
        raise RuleError(f"{where}: target must be one of {', '.join(TARGET_SPECS)}")
    confidence = entry.get("confidence", 0.5)
    if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        raise RuleError(f"{where}: confidence must be a number in [0, 1]")
    params = entry.get("parameters", {})
    if not isinstance(params, Mapping):
        raise RuleError(f"{where}: parameters must be a mapping")
    for key, pattern_list in [
        ("alertname", match.get("alertname")),
        ("severity", match.get("severity")),
    ]:
        for p in _strings(pattern_list or [], f"{where}: match.{key}"):
            _check_regex(p, where)
    matchers = {
        str(k): Matcher(tuple(_strings(v, f"{where}: match.labels.{k}")))
        for k, v in label_matchers.items()
    }
    for m in matchers.values():
        for p in m.values:
            _check_regex(p, where)
    return Rule(
        id=str(entry.get("id") or f"{origin}/{index}"),
        action=entry["action"],
        alertnames=_matcher(match.get("alertname"), where),
        severities=_matcher(match.get("severity"), where, lower=True),
        labels=matchers,
        target=str(target),
        confidence=float(confidence),
        parameters=dict(params),
        reason=str(entry.get("reason", "")).strip(),
        description=str(entry.get("description", "")).strip(),
        origin=origin,
    )


def _matcher(value: Any, where: str, *, lower: bool = False) -> Matcher | None:
    if value is None:
        return None
    values = _strings(value, where)
    return Matcher(tuple(v.lower() if lower else v for v in values))


def _strings(value: Any, where: str) -> Sequence[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise RuleError(f"{where}: expected a string or a list of strings")


def _check_regex(pattern: str, where: str) -> None:
    if pattern.startswith("~"):
        try:
            re.compile(pattern[1:])
        except re.error as exc:
            raise RuleError(f"{where}: invalid regular expression {pattern[1:]!r}: {exc}") from exc


def _with_reason(decision: Decision, reason: str) -> Decision:
    return replace(decision, primary_reason=reason)
