"""The rule engine maps kube-prometheus / kubernetes-mixin alerts to sensible actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from services.ai.adapters.files import load_rules
from services.ai.domain.catalogue import Catalogue
from services.ai.domain.models import Alert
from services.ai.domain.rules import RuleEngine, RuleError
from services.ai.settings import BUILTIN_RULES

DEPLOY_POD = "webapp-7d9c8b6f5-x2x7k"


def alert(name: str, severity: str = "warning", **labels: str) -> Alert:
    return Alert(name=name, severity=severity, namespace=labels.pop("ns", "shop"), labels=labels)


CASES: list[tuple[Alert, str, dict[str, Any]]] = [
    (
        alert("KubePodCrashLooping", pod=DEPLOY_POD, container="app"),
        "restart_pod",
        {"namespace": "shop", "resource": DEPLOY_POD},
    ),
    (
        alert("KubePodCrashLooping", pod=DEPLOY_POD, container="app", reason="OOMKilled"),
        "increase_resources",
        {
            "namespace": "shop",
            "resource": "webapp",
            "kind": "Deployment",
            "container": "app",
            "resources": ["memory"],
            "factor": 1.5,
        },
    ),
    (
        alert("KubePodNotReady", pod="db-0"),
        "restart_pod",
        {"namespace": "shop", "resource": "db-0"},
    ),
    (
        alert("KubeDeploymentReplicasMismatch", deployment="webapp"),
        "rollout_restart",
        {"namespace": "shop", "resource": "webapp", "kind": "Deployment"},
    ),
    (
        alert("KubeDeploymentRolloutStuck", deployment="webapp"),
        "rollback_deployment",
        {"namespace": "shop", "resource": "webapp"},
    ),
    (
        alert("KubeStatefulSetReplicasMismatch", statefulset="db"),
        "rollout_restart",
        {"namespace": "shop", "resource": "db", "kind": "StatefulSet"},
    ),
    (
        alert("KubeHpaMaxedOut", horizontalpodautoscaler="webapp"),
        "update_hpa",
        {"namespace": "shop", "resource": "webapp", "increase_percent": 50},
    ),
    (
        alert("KubeContainerWaiting", pod=DEPLOY_POD, container="app", reason="ImagePullBackOff"),
        "collect_diagnostics",
        {"namespace": "shop", "resource": DEPLOY_POD, "kind": "Pod", "tail_lines": 200},
    ),
    (
        alert("CPUThrottlingHigh", severity="info", pod=DEPLOY_POD, container="app"),
        "increase_resources",
        {
            "namespace": "shop",
            "resource": "webapp",
            "kind": "Deployment",
            "container": "app",
            "resources": ["cpu"],
            "factor": 1.5,
        },
    ),
    (
        alert("KubeContainerOOMKilled", pod="db-1", container="postgres"),
        "increase_resources",
        {
            "namespace": "shop",
            "resource": "db",
            "kind": "StatefulSet",
            "container": "postgres",
            "resources": ["memory"],
            "factor": 1.5,
        },
    ),
    (
        alert("ContainerMemoryHigh", deployment="api", container="api"),
        "increase_resources",
        {
            "namespace": "shop",
            "resource": "api",
            "kind": "Deployment",
            "container": "api",
            "resources": ["memory"],
            "factor": 1.5,
        },
    ),
    (
        alert(
            "KubePersistentVolumeFillingUp", severity="critical", persistentvolumeclaim="data-db-0"
        ),
        "expand_pvc",
        {"namespace": "shop", "resource": "data-db-0", "increase_percent": 50},
    ),
    (
        alert("NodeFilesystemSpaceFillingUp", node="worker-1", mountpoint="/var"),
        "collect_diagnostics",
        {"resource": "worker-1", "kind": "Node"},
    ),
    (alert("KubeNodeNotReady", node="worker-2"), "cordon_node", {"resource": "worker-2"}),
    (alert("KubeNodeUnreachable", node="worker-3"), "cordon_node", {"resource": "worker-3"}),
    (
        alert("KubeJobFailed", job_name="nightly-backup-28931"),
        "collect_diagnostics",
        {"namespace": "shop", "resource": "nightly-backup-28931", "kind": "Job", "tail_lines": 500},
    ),
    (
        alert("KubeDaemonSetRolloutStuck", daemonset="fluent-bit"),
        "rollout_restart",
        {"namespace": "shop", "resource": "fluent-bit", "kind": "DaemonSet"},
    ),
]


@pytest.mark.parametrize(("incoming", "action", "params"), CASES, ids=[c[0].name for c in CASES])
def test_known_alerts_map_to_sensible_actions(
    engine: RuleEngine, catalogue: Catalogue, incoming: Any, action: Any, params: Any
) -> None:
    decision = engine.decide(incoming)
    assert decision.action == action, decision.primary_reason
    assert decision.parameters == params
    assert catalogue.validate(decision.action, decision.parameters) == []
    assert 0.5 <= decision.confidence <= 1
    assert decision.decided_by == "rules"
    assert decision.rule_id and decision.rule_id.startswith("builtin/")


@pytest.mark.parametrize(
    "name",
    [
        "Watchdog",
        "InfoInhibitor",
        "TargetDown",
        "KubeMemoryOvercommit",
        "KubeCPUOvercommit",
        "KubeQuotaAlmostFull",
        "KubeletDown",
        "KubeAPIErrorBudgetBurn",
        "KubeClientCertificateExpiration",
        "PrometheusRuleFailures",
    ],
)
def test_informational_and_cluster_level_alerts_only_notify(engine: RuleEngine, name: Any) -> None:
    decision = engine.decide(
        alert(name, severity="none" if name == "Watchdog" else "warning", job="kubelet")
    )
    assert decision.action == "notify_only"
    assert decision.parameters["reason"]
    assert decision.confidence >= 0.8


def test_unknown_alert_gets_notify_only_with_low_confidence_not_a_guess(engine: RuleEngine) -> None:
    decision = engine.decide(alert("SomethingNobodyHeardOf", severity="critical", pod="x-0"))
    assert decision.action == "notify_only"
    assert decision.confidence <= 0.3
    assert "No rule" in decision.primary_reason


def test_unknown_informational_alert_is_notified_as_informational(engine: RuleEngine) -> None:
    decision = engine.decide(alert("CustomInfoAlert", severity="info"))
    assert decision.action == "notify_only"
    assert "informational" in decision.primary_reason


def test_resolved_alert_is_never_remediated(engine: RuleEngine) -> None:
    firing = alert("KubePodCrashLooping", pod=DEPLOY_POD)
    resolved = Alert(name=firing.name, namespace="shop", labels=firing.labels, status="resolved")
    assert engine.decide(firing).action == "restart_pod"
    assert engine.decide(resolved).action == "notify_only"


def test_alert_without_its_object_falls_through_to_a_rule_that_applies(engine: RuleEngine) -> None:
    # CPU throttling on a pod whose owner cannot be inferred (no hash in the name):
    # increase_resources needs the workload, so the engine does not invent one.
    decision = engine.decide(alert("CPUThrottlingHigh", pod="standalone", container="app"))
    assert decision.action == "notify_only"
    assert "does not identify its workload" in decision.primary_reason


def test_seed_example_high_memory_on_a_named_resource_restarts(engine: RuleEngine) -> None:
    decision = engine.decide(
        Alert(
            name="HighMemoryUsage",
            severity="critical",
            namespace="default",
            resource="webapp-deployment",
        )
    )
    assert decision.action == "restart_pod"
    assert decision.parameters == {"namespace": "default", "resource": "webapp-deployment"}


def test_alert_service_kind_and_resource_are_used_when_labels_are_missing(
    engine: RuleEngine,
) -> None:
    decision = engine.decide(
        Alert(
            name="KubeDeploymentRolloutStuck",
            namespace="shop",
            resource="checkout",
            kind="deployment",
        )
    )
    assert decision.action == "rollback_deployment"
    assert decision.parameters == {"namespace": "shop", "resource": "checkout"}


def test_node_instance_with_port_is_not_taken_for_a_node_name(engine: RuleEngine) -> None:
    decision = engine.decide(
        alert("NodeFilesystemAlmostOutOfSpace", instance="10.0.0.7:9100", mountpoint="/")
    )
    assert decision.action == "notify_only"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    return path


def test_user_rules_come_first_and_can_disable_builtin_ones(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = write(
        tmp_path,
        """
disable: [builtin/node-not-ready]
rules:
  - id: team/payments-crashloop
    match:
      alertname: KubePodCrashLooping
      labels: {namespace: "~pay.*"}
    action: rollout_restart
    target: workload
    confidence: 0.9
    reason: "payments pods are restarted as a whole ({labels.pod})"
""",
    )
    engine = RuleEngine(load_rules(BUILTIN_RULES, path, catalogue), catalogue)
    paid = engine.decide(
        Alert(
            name="KubePodCrashLooping",
            namespace="payments",
            labels={"namespace": "payments", "pod": DEPLOY_POD},
        )
    )
    assert paid.action == "rollout_restart"
    assert paid.rule_id == "team/payments-crashloop"
    assert paid.parameters == {"namespace": "payments", "resource": "webapp", "kind": "Deployment"}
    assert paid.primary_reason == f"payments pods are restarted as a whole ({DEPLOY_POD})"
    other = engine.decide(alert("KubePodCrashLooping", pod=DEPLOY_POD))
    assert other.action == "restart_pod"
    node = engine.decide(alert("KubeNodeNotReady", node="worker-1"))
    assert node.action == "notify_only"


def test_user_rule_parameters_take_values_from_labels(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(
        tmp_path,
        """
rules:
  - id: scale-from-label
    match: {alertname: QueueBacklog}
    action: scale_deployment
    target: deployment
    parameters: {replicas: "{labels.wanted_replicas|int}"}
""",
    )
    engine = RuleEngine(load_rules(BUILTIN_RULES, path, catalogue), catalogue)
    good = engine.decide(alert("QueueBacklog", deployment="worker", wanted_replicas="6"))
    assert good.action == "scale_deployment"
    assert good.parameters == {"namespace": "shop", "resource": "worker", "replicas": 6}
    # Without the label the required parameter is missing: no invented replica count.
    missing = engine.decide(alert("QueueBacklog", deployment="worker"))
    assert missing.action == "notify_only"
    assert "replicas" in missing.primary_reason


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "rules: [{id: x, match: {alertname: A}, action: launch_missiles}]",
            "not in the catalogue",
        ),
        ("rules: [{id: x, match: {}, action: notify_only}]", "non-empty"),
        (
            "rules: [{id: x, match: {alertname: A}, action: notify_only, confidence: 3}]",
            "confidence",
        ),
        ("rules: [{id: x, match: {alertname: '~('}, action: notify_only}]", "regular expression"),
        ("rules: [{id: x, match: {alertname: A}, action: notify_only, target: planet}]", "target"),
        (
            "rules: [{id: x, match: {alertname: A}, action: notify_only, colour: red}]",
            "unknown keys",
        ),
        ("- just a list", "mapping"),
    ],
)
def test_broken_user_rules_are_refused_with_a_clear_message(
    tmp_path: Path, catalogue: Catalogue, text: Any, message: Any
) -> None:
    with pytest.raises(RuleError, match=message):
        load_rules(BUILTIN_RULES, write(tmp_path, text), catalogue)
