"""The Kubernetes adapter's error translation: no client-library exception leaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import urllib3
from kubernetes.client.exceptions import ApiException, ApiValueError

from services.executor.adapters.kube import translate
from services.executor.adapters.kubeconfig import ConfigurationError, load
from services.executor.domain import errors as ex

from .conftest import write_kubeconfig


def api_exception(status: int, message: str = "boom") -> ApiException:
    exc = ApiException(status=status, reason="Reason")
    exc.body = json.dumps({"kind": "Status", "message": message})
    return exc


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (404, ex.TargetNotFound),
        (403, ex.PermissionDenied),
        (401, ex.PermissionDenied),
        (409, ex.ConflictError),
        (429, ex.EvictionBlocked),
        (422, ex.ClusterRejected),
        (400, ex.ClusterRejected),
        (500, ex.ClusterUnavailable),
        (503, ex.ClusterUnavailable),
    ],
)
def test_api_statuses_map_to_our_errors(status: int, kind: type[ex.ExecutorError]) -> None:
    error = translate(api_exception(status, "the server said so"), "patch Deployment a/b")
    assert type(error) is kind
    assert error.details == {
        "status": status,
        "operation": "patch Deployment a/b",
        "reason": "the server said so",
    }


@pytest.mark.parametrize(
    "exc",
    [
        urllib3.exceptions.MaxRetryError(None, "/x"),  # type: ignore[arg-type]
        urllib3.exceptions.ReadTimeoutError(None, "/x", "slow"),  # type: ignore[arg-type]
        ConnectionRefusedError(),
        TimeoutError(),
    ],
)
def test_transport_failures_are_cluster_unavailable(exc: Exception) -> None:
    assert isinstance(translate(exc, "get x"), ex.ClusterUnavailable)


def test_client_side_errors_and_unknown_failures_are_still_ours() -> None:
    assert isinstance(translate(ApiValueError("bad"), "get x"), ex.ClusterRejected)
    assert isinstance(translate(RuntimeError("??"), "get x"), ex.ClusterUnavailable)
    own = ex.TargetNotFound("x")
    assert translate(own, "get x") is own


def test_explicit_kubeconfig_mode_fails_loudly_when_the_file_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="kubeconfig not found"):
        load("kubeconfig", tmp_path / "missing")
    with pytest.raises(ConfigurationError, match="in-cluster"):
        load("in-cluster")


def test_catalogue_and_executor_implement_the_same_actions() -> None:
    from services.executor.actions import ACTIONS
    from services.executor.adapters.catalogue import load_catalogue

    catalogue = load_catalogue()
    assert set(catalogue) == set(ACTIONS)
    for name, spec in ACTIONS.items():
        assert catalogue[name]["mutating"] == spec.mutating, name


def test_auto_mode_uses_kubeconfig_and_falls_back_to_dry_run_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KUBECONFIG", raising=False)
    nothing = load("auto")
    assert nothing.mode == "none" and nothing.configuration is None
    monkeypatch.setenv(
        "KUBECONFIG", str(write_kubeconfig(tmp_path / "kc", "http://127.0.0.1:6443"))
    )
    found = load("auto")
    assert found.mode == "kubeconfig" and found.configuration is not None
    assert found.configuration.host == "http://127.0.0.1:6443"
    assert "current context" in found.description
