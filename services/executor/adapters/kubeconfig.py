"""Where the executor's cluster credentials come from: in-cluster, kubeconfig, or none."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kubernetes import client as k8s
from kubernetes import config as k8s_config
from kubernetes.config.config_exception import ConfigException

Mode = Literal["auto", "in-cluster", "kubeconfig", "none"]


@dataclass(frozen=True)
class ClusterConfig:
    """The resolved mode; ``configuration`` is None in dry-run-only mode."""

    mode: Literal["in-cluster", "kubeconfig", "none"]
    configuration: k8s.Configuration | None
    description: str


class ConfigurationError(Exception):
    """The requested credentials could not be loaded (a startup error, said plainly)."""


def _kubeconfig_path(explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    env = os.environ.get("KUBECONFIG")
    if env:
        return Path(env.split(os.pathsep)[0])
    default = Path.home() / ".kube" / "config"
    return default if default.exists() else None


def load(
    mode: Mode,
    kubeconfig: Path | None = None,
    context: str | None = None,
    connection_retries: int = 1,
) -> ClusterConfig:
    """Resolve the cluster configuration; ``auto`` tries in-cluster, then a kubeconfig."""
    if mode == "none":
        return ClusterConfig("none", None, "no Kubernetes credentials configured: dry-run only")
    if mode == "in-cluster" or (mode == "auto" and os.environ.get("KUBERNETES_SERVICE_HOST")):
        configuration = k8s.Configuration()
        try:
            k8s_config.load_incluster_config(  # type: ignore[no-untyped-call]
                client_configuration=configuration
            )
        except ConfigException as exc:
            raise ConfigurationError(f"in-cluster configuration failed: {exc}") from exc
        configuration.retries = connection_retries
        return ClusterConfig(
            "in-cluster",
            configuration,
            f"in-cluster service account, API server {configuration.host}",
        )
    path = _kubeconfig_path(kubeconfig)
    if path is None or not path.exists():
        if mode == "kubeconfig":
            raise ConfigurationError(f"kubeconfig not found: {path or '~/.kube/config'}")
        return ClusterConfig(
            "none", None, "no in-cluster service account and no kubeconfig: dry-run only"
        )
    configuration = k8s.Configuration()
    try:
        k8s_config.load_kube_config(  # type: ignore[no-untyped-call]
            config_file=str(path),
            context=context,
            client_configuration=configuration,
            persist_config=False,
        )
    except (ConfigException, OSError, ValueError) as exc:
        raise ConfigurationError(f"kubeconfig {path} could not be loaded: {exc}") from exc
    configuration.retries = connection_retries
    where = f"context {context}" if context else "current context"
    return ClusterConfig(
        "kubeconfig", configuration, f"kubeconfig {path} ({where}), API server {configuration.host}"
    )
