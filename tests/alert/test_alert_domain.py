"""Pure alert-service logic: normalisation, owners, classification, lifecycle."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.alert.domain.classify import Classifier, RuleError, parse_rules
from services.alert.domain.lifecycle import (
    InvalidTransition,
    Progress,
    State,
    Step,
    alert_id,
    can_transition,
    next_step,
    transition,
)
from services.alert.domain.normalize import normalize, normalize_severity
from services.alert.domain.owner import derive_owner, owner_from_pod_name
from services.alert.settings import ClassificationConfig

# --- target and kind -------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "kind", "name"),
    [
        (
            {
                "alertname": "KubeDeploymentReplicasMismatch",
                "deployment": "checkout",
                "namespace": "shop",
                "job": "kube-state-metrics",
            },
            "Deployment",
            "checkout",
        ),
        (
            {
                "alertname": "KubeStatefulSetReplicasMismatch",
                "statefulset": "db",
                "namespace": "shop",
            },
            "StatefulSet",
            "db",
        ),
        (
            {
                "alertname": "KubeDaemonSetRolloutStuck",
                "daemonset": "fluentd",
                "namespace": "logging",
            },
            "DaemonSet",
            "fluentd",
        ),
        (
            {
                "alertname": "KubePodCrashLooping",
                "pod": "cart-7d9f-abc",
                "container": "cart",
                "namespace": "shop",
            },
            "Pod",
            "cart-7d9f-abc",
        ),
        ({"alertname": "KubeNodeNotReady", "node": "worker-1"}, "Node", "worker-1"),
        (
            {
                "alertname": "KubePersistentVolumeFillingUp",
                "persistentvolumeclaim": "data-db-0",
                "namespace": "shop",
            },
            "PersistentVolumeClaim",
            "data-db-0",
        ),
        (
            {
                "alertname": "KubeJobFailed",
                "job_name": "backup-28123456",
                "job": "ksm",
                "namespace": "ops",
            },
            "Job",
            "backup-28123456",
        ),
        (
            {"alertname": "KubeHpaMaxedOut", "horizontalpodautoscaler": "web", "namespace": "shop"},
            "HorizontalPodAutoscaler",
            "web",
        ),
        (
            {
                "alertname": "KubeContainerWaiting",
                "pod": "api-0",
                "container": "api",
                "namespace": "shop",
            },
            "Pod",
            "api-0",
        ),
        (
            {
                "alertname": "NodeFilesystemSpaceFillingUp",
                "instance": "ip-10-0-0-1:9100",
                "mountpoint": "/",
            },
            "Node",
            "ip-10-0-0-1",
        ),
        (
            {
                "alertname": "HighMemory",
                "workload": "cart",
                "workload_type": "deployment",
                "namespace": "shop",
            },
            "Deployment",
            "cart",
        ),
        (
            {"alertname": "HighMemoryUsage", "resource": "webapp", "namespace": "default"},
            "Unknown",
            "webapp",
        ),
    ],
)
def test_target_kind_and_name_come_from_kube_state_metrics_labels(
    labels: dict[str, str], kind: str, name: str
) -> None:
    alert = normalize(labels, {})
    assert (alert.kind, alert.resource) == (kind, name)
    assert alert.target is not None
    assert alert.target.source.startswith("label:")


def test_scrape_job_label_is_not_mistaken_for_a_kubernetes_job() -> None:
    alert = normalize(
        {"alertname": "TargetDown", "job": "node-exporter", "namespace": "monitoring"}, {}
    )
    assert alert.kind != "Job"
    assert alert.resource == ""
    assert alert.namespace == "monitoring"


def test_container_is_kept_for_pod_targets_and_pause_container_ignored() -> None:
    alert = normalize({"alertname": "X", "pod": "p-0", "container": "app", "namespace": "a"}, {})
    assert alert.target is not None
    assert alert.target.container == "app"
    paused = normalize({"alertname": "X", "pod": "p-0", "container": "POD", "namespace": "a"}, {})
    assert paused.target is not None
    assert paused.target.container == ""


def test_node_targets_have_no_namespace() -> None:
    labels = {"alertname": "KubeNodeNotReady", "node": "n1", "namespace": "monitoring"}
    alert = normalize(labels, {})
    assert alert.namespace == ""


def test_exported_namespace_is_used_when_namespace_was_renamed() -> None:
    alert = normalize({"alertname": "X", "pod": "p-0", "exported_namespace": "shop"}, {})
    assert alert.namespace == "shop"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("critical", "critical"),
        ("CRITICAL", "critical"),
        ("error", "critical"),
        ("warn", "warning"),
        ("info", "info"),
        ("none", "info"),
        ("", "warning"),
        ("weird", "warning"),
    ],
)
def test_severity_spellings_are_normalised(raw: str, expected: str) -> None:
    assert normalize_severity(raw) == expected


# --- owners ------------------------------------------------------------------


def test_owner_of_the_captured_crashlooping_pod_is_its_deployment_with_medium_confidence() -> None:
    alert = normalize(
        {"alertname": "KubePodCrashLooping", "pod": "cart-7d9f-abc", "namespace": "shop"}, {}
    )
    assert alert.owner is not None
    assert (alert.owner.kind, alert.owner.name) == ("Deployment", "cart")
    assert alert.owner.confidence == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("pod", "kind", "name", "min_conf"),
    [
        ("checkout-5d8f7c9b6d-x2kzq", "Deployment", "checkout", 0.9),
        ("my-web-app-7c5ddbdf54-8zq4t", "Deployment", "my-web-app", 0.9),
        ("postgres-0", "StatefulSet", "postgres", 0.7),
        ("backup-28123456-5tz9p", "Job", "backup-28123456", 0.8),
        ("fluentd-x2kzq", "DaemonSet", "fluentd", 0.4),
    ],
)
def test_owner_is_derived_from_pod_name_shape(
    pod: str, kind: str, name: str, min_conf: float
) -> None:
    owner = owner_from_pod_name(pod)
    assert owner is not None
    assert (owner.kind, owner.name) == (kind, name)
    assert owner.confidence >= min_conf


def test_pod_without_generated_suffix_has_no_owner_guess() -> None:
    assert owner_from_pod_name("standalone") is None


def test_owner_labels_beat_name_heuristics() -> None:
    owner = derive_owner(
        "Pod",
        "cart-7d9f-abc",
        {"created_by_kind": "ReplicaSet", "created_by_name": "cart-5d8f7c9b6d"},
    )
    assert owner is not None
    assert (owner.kind, owner.name) == ("Deployment", "cart")
    assert owner.method.startswith("label:created_by_kind")
    sts = derive_owner("Pod", "x-7d9f-abc", {"owner_kind": "StatefulSet", "owner_name": "x"})
    assert sts is not None
    assert (sts.kind, sts.confidence) == ("StatefulSet", 1.0)


def test_cronjob_owns_its_jobs() -> None:
    owner = derive_owner("Job", "backup-28123456", {})
    assert owner is not None
    assert (owner.kind, owner.name) == ("CronJob", "backup")


# --- classification ----------------------------------------------------------


def test_default_classification_uses_namespace_and_severity_matrix() -> None:
    classifier = Classifier()
    prod = classifier.classify(alertname="X", severity="critical", namespace="shop-prod", labels={})
    assert (prod.environment, prod.priority, prod.matched_rule) == ("production", "P1", "default")
    dev = classifier.classify(alertname="X", severity="warning", namespace="team-dev", labels={})
    assert (dev.environment, dev.priority) == ("development", "P4")
    unknown = classifier.classify(alertname="X", severity="warning", namespace="shop", labels={})
    assert (unknown.environment, unknown.priority) == ("unknown", "P3")


def test_environment_label_beats_namespace_guess() -> None:
    result = Classifier().classify(
        alertname="X", severity="critical", namespace="dev", labels={"environment": "Production"}
    )
    assert result.environment == "production"


def test_configured_rules_decide_first_and_are_named() -> None:
    rules = parse_rules(
        [
            {"name": "shop-is-prod", "match": {"namespace": "shop"}, "environment": "production"},
            {"name": "payments-p1", "match": {"label:team": "payments"}, "priority": "P1"},
            {"name": "never-reached", "match": {"namespace": ".*"}, "environment": "staging"},
        ]
    )
    classifier = Classifier(rules)
    result = classifier.classify(
        alertname="X", severity="warning", namespace="shop", labels={"team": "payments"}
    )
    assert (result.environment, result.priority) == ("production", "P1")
    assert result.matched_rule == "shop-is-prod,payments-p1"
    other = classifier.classify(alertname="X", severity="warning", namespace="shop", labels={})
    assert (other.environment, other.priority) == ("production", "P2")


@pytest.mark.parametrize(
    "raw",
    [
        {"name": "bad", "match": {"namespace": "("}, "priority": "P1"},
        {"name": "bad", "match": {"namespace": "x"}, "priority": "urgent"},
        {"name": "bad", "match": {"namespace": "x"}},
        {"name": "bad", "match": ["namespace"], "priority": "P1"},
    ],
)
def test_malformed_rules_are_rejected(raw: dict[str, object]) -> None:
    with pytest.raises(RuleError):
        parse_rules([raw])


# --- lifecycle ---------------------------------------------------------------


def test_happy_path_transitions_are_legal() -> None:
    state = State.RECEIVED
    for target in (State.ANALYSED, State.ACTION_REQUESTED, State.EXECUTED, State.RESOLVED):
        state = transition(state, target)
    assert state is State.RESOLVED


def test_resolved_is_terminal_and_nothing_goes_backwards() -> None:
    for target in State:
        assert not can_transition(State.RESOLVED, target)
    with pytest.raises(InvalidTransition):
        transition(State.EXECUTED, State.ANALYSED)
    with pytest.raises(InvalidTransition):
        transition(State.OUT_OF_SCOPE, State.ANALYSED)


def test_every_state_can_be_resolved_except_resolved() -> None:
    for state in State:
        assert can_transition(state, State.RESOLVED) is (state is not State.RESOLVED)


def test_flow_order_is_analyse_execute_store_notify() -> None:
    assert next_step(Progress(State.RECEIVED)) is Step.ANALYZE
    assert next_step(Progress(State.ANALYSED, action="restart_pod")) is Step.EXECUTE
    assert next_step(Progress(State.ACTION_REQUESTED, action="restart_pod")) is Step.STORE
    assert next_step(Progress(State.EXECUTED, action="restart_pod", stored=True)) is Step.NOTIFY
    assert next_step(Progress(State.EXECUTED, "restart_pod", True, True)) is Step.DONE


def test_notify_only_skips_the_workflow() -> None:
    assert next_step(Progress(State.ANALYSED, action="notify_only")) is Step.STORE


def test_resolved_out_of_scope_and_failed_alerts_get_no_remediation_step() -> None:
    for state in (State.RESOLVED, State.OUT_OF_SCOPE, State.FAILED):
        assert next_step(Progress(state, action="restart_pod")) is Step.DONE


def test_alert_id_is_shared_by_firing_and_resolved_events_of_one_episode() -> None:
    assert alert_id("fp", "2026-01-01T00:00:00.000000Z") == alert_id(
        "fp", "2026-01-01T00:00:00.000000Z"
    )
    assert alert_id("fp", "a") != alert_id("fp", "b")


def test_rules_come_from_settings_and_a_yaml_file_inline_first(tmp_path: Path) -> None:
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(
        "rules:\n"
        "  - name: from-file\n"
        "    match: {namespace: 'shop.*'}\n"
        "    environment: staging\n"
        "    priority: P2\n"
    )
    config = ClassificationConfig(
        rules=[
            {"name": "inline", "match": {"namespace": "shop-live"}, "environment": "production"}
        ],
        rules_file=rules_file,
    )
    classifier = Classifier(config.load())
    live = classifier.classify(alertname="X", severity="info", namespace="shop-live", labels={})
    assert (live.environment, live.priority, live.matched_rule) == (
        "production",
        "P2",
        "inline,from-file",
    )
    other = classifier.classify(alertname="X", severity="info", namespace="shop-b", labels={})
    assert (other.environment, other.matched_rule) == ("staging", "from-file")
