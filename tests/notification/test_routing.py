from __future__ import annotations

import pytest

from services.notification.domain.model import Message
from services.notification.domain.routing import Matcher, RoutingError, parse_route, resolve

TREE = {
    "channels": ["default"],
    "routes": [
        {
            "name": "approvals",
            "match": {"kind": "approval_needed"},
            "channels": ["slack-approvals"],
        },
        {
            "name": "critical",
            "match": {"severity": "critical"},
            "channels": ["pagerduty"],
            "continue": True,
            "routes": [
                {
                    "name": "critical-payments",
                    "match_re": {"namespace": "pay.*"},
                    "channels": ["pagerduty-payments"],
                }
            ],
        },
        {
            "name": "web-team",
            "matchers": ["team=web", "alertname!~Watchdog|InfoInhibitor"],
            "channels": ["slack-web"],
        },
        {"name": "inherits", "match": {"kind": "resolved"}},
    ],
}


def message(kind: str = "action_taken", severity: str = "warning", **alert: object) -> Message:
    return Message("n1", kind, severity, "subject", context={"alert": alert})  # type: ignore[arg-type]


def channels_for(msg: Message) -> tuple[str, ...]:
    return resolve(parse_route(TREE), msg.routing_labels()).channels


def test_unmatched_notification_goes_to_the_root_channels() -> None:
    assert channels_for(message()) == ("default",)


def test_first_matching_route_wins_without_continue() -> None:
    msg = message(kind="approval_needed", severity="critical", labels={"team": "web"})
    assert channels_for(msg) == ("slack-approvals",)


def test_continue_lets_later_siblings_match_too() -> None:
    msg = message(severity="critical", labels={"team": "web", "alertname": "KubePodCrashLooping"})
    match = resolve(parse_route(TREE), msg.routing_labels())
    assert match.channels == ("pagerduty", "slack-web")
    assert match.routes == ("root", "critical", "web-team")


def test_deepest_matching_child_replaces_its_parent() -> None:
    msg = message(severity="critical", namespace="payments")
    assert channels_for(msg) == ("pagerduty-payments",)


def test_regex_matchers_are_anchored_like_alertmanager() -> None:
    assert channels_for(message(severity="critical", namespace="repay")) == ("pagerduty",)


def test_negative_regex_matcher_excludes_alert_names() -> None:
    assert channels_for(message(labels={"team": "web", "alertname": "Watchdog"})) == ("default",)


def test_alert_name_and_namespace_come_from_alert_fields_or_labels() -> None:
    labels = message(name="HighMemory", labels={"namespace": "shop"}).routing_labels()
    assert labels["alertname"] == "HighMemory" and labels["namespace"] == "shop"


def test_route_without_channels_inherits_its_parents() -> None:
    assert channels_for(message(kind="resolved")) == ("default",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("severity=critical", ("severity", "=", "critical")),
        ('namespace=~"prod-.*"', ("namespace", "=~", "prod-.*")),
        ("team != web", ("team", "!=", "web")),
        ("alertname!~'Watchdog'", ("alertname", "!~", "Watchdog")),
    ],
)
def test_matcher_strings_parse(text: str, expected: tuple[str, str, str]) -> None:
    matcher = Matcher.parse(text)
    assert (matcher.label, matcher.op, matcher.value) == expected


@pytest.mark.parametrize(
    ("tree", "problem"),
    [
        ({"channels": []}, "default channels"),
        ({"channels": ["a"], "match": {"x": "y"}}, "no matchers"),
        ({"channels": ["a"], "routes": [{"matchers": ["bad matcher"]}]}, "invalid matcher"),
        ({"channels": ["a"], "routes": [{"match_re": {"x": "("}}]}, "regular expression"),
        ({"channels": ["a"], "routes": [{"recieve": "typo"}]}, "unknown route keys"),
    ],
)
def test_invalid_route_trees_are_rejected(tree: dict[str, object], problem: str) -> None:
    with pytest.raises(RoutingError, match=problem):
        parse_route(tree)
