"""Before/after metric comparison and PromQL templates."""

import pytest

from services.monitor.domain.metrics import (
    DEFAULT_METRIC_TEMPLATES,
    MetricSpec,
    compare,
    metrics_signal,
    render_queries,
)

MEM = MetricSpec("memory", "q", "lower")
AVAIL = MetricSpec("availability", "q", "higher")


@pytest.mark.parametrize(
    ("spec", "before", "after", "verdict"),
    [
        (MEM, 800.0, 400.0, "improved"),
        (MEM, 800.0, 820.0, "unchanged"),
        (MEM, 400.0, 800.0, "worse"),
        (AVAIL, 0.5, 0.99, "improved"),
        (AVAIL, 0.99, 0.5, "worse"),
        (MEM, 0.0, 0.0, "improved"),
        (MEM, None, 3.0, "no_data"),
    ],
)
def test_change_is_classified_by_direction_and_tolerance(
    spec: MetricSpec, before: float | None, after: float | None, verdict: str
) -> None:
    assert compare(spec, before, after).verdict == verdict


def test_metrics_signal_is_the_mean_of_metrics_with_data() -> None:
    cpu, errors = MetricSpec("cpu", "q"), MetricSpec("errors", "q")
    sig = metrics_signal([compare(MEM, 800, 400), compare(cpu, 400, 800), compare(errors, None, 1)])
    assert sig.available and sig.score == pytest.approx(0.5)
    assert sig.observations["memory"]["verdict"] == "improved"
    assert sig.observations["errors"]["verdict"] == "no_data"


def test_no_metric_data_makes_the_signal_unavailable() -> None:
    assert not metrics_signal([compare(MEM, None, None)]).available
    assert not metrics_signal([]).available


def test_templates_are_filled_for_a_deployment_and_skipped_for_a_node() -> None:
    dep = render_queries(DEFAULT_METRIC_TEMPLATES, "Deployment", "web", "shop")
    assert dep and all('namespace="shop"' in q.query and 'pod=~"web-.*"' in q.query for q in dep)
    assert render_queries(DEFAULT_METRIC_TEMPLATES, "Node", "n1", None) == []


def test_label_values_are_escaped_in_promql() -> None:
    [q] = render_queries([MetricSpec("m", 'x{namespace="{namespace}"}')], "Pod", "p", 'a"b')
    assert q.query == 'x{namespace="a\\"b"}'
