"""Pure context shaping: object summaries, pod states, events, series, freshness, cache."""

from datetime import UTC, datetime, timedelta

from services.context.domain.freshness import Part, TTLCache, describe
from services.context.domain.kube import object_summary, pod_state, relevant_events
from services.context.domain.series import DEFAULT_SERIES, SeriesTemplate, render, to_series

T0 = datetime(2025, 9, 26, 23, 0, tzinfo=UTC)

DEPLOY = {
    "metadata": {
        "name": "web",
        "namespace": "shop",
        "uid": "u1",
        "labels": {"app": "web"},
        "creationTimestamp": "2025-09-01T00:00:00Z",
    },
    "spec": {
        "replicas": 3,
        "selector": {"matchLabels": {"app": "web"}},
        "template": {"spec": {"containers": [{"name": "app", "image": "acme/web:1.4"}]}},
    },
    "status": {
        "readyReplicas": 2,
        "availableReplicas": 2,
        "updatedReplicas": 3,
        "conditions": [
            {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"}
        ],
    },
}


def test_deployment_summary_has_replicas_conditions_images_and_selector() -> None:
    s = object_summary("deployment", "Deployment", DEPLOY)
    assert s["replicas"] == {"desired": 3, "ready": 2, "available": 2, "updated": 3}
    assert s["images"] == ["acme/web:1.4"]
    assert s["selector"] == {"app": "web"}
    assert s["conditions"][0]["reason"] == "MinimumReplicasAvailable"
    assert s["created_at"] == "2025-09-01T00:00:00Z"


def test_node_summary_reports_unschedulable() -> None:
    node = {"metadata": {"name": "n1"}, "spec": {"unschedulable": True}, "status": {}}
    assert object_summary("node", "Node", node)["status"] == {"unschedulable": True}


def test_pod_state_reports_crash_loop_and_last_oom() -> None:
    pod = {
        "metadata": {"name": "web-1"},
        "spec": {"nodeName": "n1"},
        "status": {
            "phase": "Running",
            "containerStatuses": [
                {
                    "name": "app",
                    "ready": False,
                    "restartCount": 7,
                    "image": "acme/web:1.4",
                    "state": {"waiting": {"reason": "CrashLoopBackOff"}},
                    "lastState": {"terminated": {"reason": "OOMKilled"}},
                }
            ],
        },
    }
    s = pod_state(pod)
    assert s["ready"] is False and s["restarts"] == 7 and s["node"] == "n1"
    assert s["containers"][0] == {
        "name": "app",
        "ready": False,
        "restart_count": 7,
        "state": "waiting",
        "reason": "CrashLoopBackOff",
        "last_termination_reason": "OOMKilled",
        "image": "acme/web:1.4",
    }


def test_events_of_the_object_and_its_pods_newest_first_and_limited() -> None:
    def ev(kind: str, name: str, reason: str, ts: str) -> dict[str, object]:
        return {
            "involvedObject": {"kind": kind, "name": name},
            "reason": reason,
            "lastTimestamp": ts,
        }

    events = [
        ev("Pod", "web-1", "BackOff", "2025-09-26T22:59:00Z"),
        ev("Deployment", "web", "ScalingReplicaSet", "2025-09-26T22:00:00Z"),
        ev("Pod", "other-1", "Pulled", "2025-09-26T23:00:00Z"),
        ev("Pod", "web-1", "Killing", "2025-09-26T22:30:00Z"),
    ]
    out = relevant_events(events, "Deployment", "web", [("Pod", "web-1")], limit=2)
    assert [e["reason"] for e in out] == ["BackOff", "Killing"]


def test_series_templates_are_rendered_per_kind() -> None:
    dep = render(DEFAULT_SERIES, "deployment", "web", "shop")
    assert all('pod=~"web-.*"' in t.query for t in dep)
    assert render(DEFAULT_SERIES, "node", "n1", None) == []


def test_matrix_becomes_series_with_statistics() -> None:
    t = SeriesTemplate("memory", "q", "bytes")
    matrix = [
        {
            "metric": {"pod": "web-1"},
            "values": [[1758927600, "10"], [1758927660, "30"], [1758927720, "NaN"]],
        }
    ]
    [s] = to_series(t, matrix)
    assert s["latest"] == 30 and s["min"] == 10 and s["max"] == 30 and s["mean"] == 20
    assert s["points"][0]["timestamp"] == "2025-09-26T23:00:00Z"
    assert len(s["points"]) == 2


def test_freshness_reports_oldest_read_and_missing_parts() -> None:
    parts = [
        Part("object", "kubernetes", {}, T0 - timedelta(seconds=10), cached=True),
        Part("pods", "kubernetes", [], T0),
        Part("events", "kubernetes", error="HTTP 500"),
    ]
    d = describe(parts, T0)
    assert d["freshness"] == {
        "source": "kubernetes",
        "fetched_at": "2025-09-26T22:59:50Z",
        "age_seconds": 10.0,
        "cached": True,
    }
    assert d["partial"] is True
    assert d["missing"] == [{"part": "events", "source": "kubernetes", "reason": "HTTP 500"}]
    assert [s["part"] for s in d["sources"]] == ["object", "pods"]


def test_cache_expires_after_ttl_and_zero_ttl_disables_it() -> None:
    cache = TTLCache(ttl=5, max_entries=2)
    cache.put("a", T0, 1)
    assert cache.get("a", T0 + timedelta(seconds=4)) == (T0, 1)
    assert cache.get("a", T0 + timedelta(seconds=6)) is None
    cache.put("a", T0, 1)
    cache.put("b", T0, 2)
    cache.put("c", T0, 3)
    assert cache.get("a", T0) is None  # evicted, oldest first
    off = TTLCache(ttl=0)
    off.put("a", T0, 1)
    assert off.get("a", T0) is None


def test_nothing_to_gather_is_fresh_and_complete_not_partial() -> None:
    d = describe([], T0, default_source="prometheus")
    assert d["freshness"]["source"] == "prometheus" and d["freshness"]["age_seconds"] == 0
    assert d["partial"] is False and d["missing"] == [] and d["sources"] == []
