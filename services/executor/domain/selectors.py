"""Label selectors, evaluated locally (the same semantics as the API server's)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def matches(selector: Mapping[str, Any] | None, labels: Mapping[str, str] | None) -> bool:
    """A LabelSelector (matchLabels + matchExpressions) against a label set.

    An empty or missing selector matches nothing here: a PDB or Service without a
    selector selects no pods, and treating it as "everything" would be unsafe.
    """
    if not selector:
        return False
    labels = labels or {}
    match_labels = selector.get("matchLabels") or {}
    expressions = selector.get("matchExpressions") or []
    if not match_labels and not expressions:
        return False
    if any(labels.get(k) != v for k, v in match_labels.items()):
        return False
    for expr in expressions:
        key, op, values = expr.get("key", ""), expr.get("operator", ""), expr.get("values") or []
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and key in labels and labels[key] in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


def service_selects(service_selector: Mapping[str, str] | None, labels: Mapping[str, str]) -> bool:
    """A Service's plain map selector (no expressions); empty selects nothing."""
    if not service_selector:
        return False
    return all(labels.get(k) == v for k, v in service_selector.items())


def to_query(match_labels: Mapping[str, str]) -> str:
    """``matchLabels`` as a labelSelector query string (``a=b,c=d``)."""
    return ",".join(f"{k}={v}" for k, v in sorted(match_labels.items()))
