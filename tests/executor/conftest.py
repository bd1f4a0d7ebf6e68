"""Fixtures: an emulated cluster (real HTTP), a kubeconfig pointing at it, an Executor."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import kmock
import pytest
import yaml

from services.executor.adapters.catalogue import load_catalogue, parameter_schemas
from services.executor.adapters.kube import KubeCluster
from services.executor.adapters.kubeconfig import load
from services.executor.adapters.store import SqlExecutionStore
from services.executor.engine import Executor

from .emulator import ClusterEmulator


@pytest.fixture
async def cluster() -> AsyncIterator[ClusterEmulator]:
    async with ClusterEmulator() as emulator, kmock.Server(emulator):
        emulator.declare()
        yield emulator


def write_kubeconfig(path: Path, server: str) -> Path:
    path.write_text(
        yaml.safe_dump(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "current-context": "emulated",
                "clusters": [{"name": "emulated", "cluster": {"server": server}}],
                "users": [{"name": "kubernaut", "user": {"token": "test-token"}}],
                "contexts": [
                    {"name": "emulated", "context": {"cluster": "emulated", "user": "kubernaut"}}
                ],
            }
        )
    )
    return path


@pytest.fixture
def kubeconfig(tmp_path: Path, cluster: ClusterEmulator) -> Path:
    return write_kubeconfig(tmp_path / "kubeconfig", str(cluster.url).rstrip("/"))


@pytest.fixture
def schemas() -> dict[str, dict[str, object]]:
    return parameter_schemas(load_catalogue())


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlExecutionStore]:
    store = SqlExecutionStore(f"sqlite+aiosqlite:///{tmp_path / 'executor.db'}")
    await store.start()
    yield store
    await store.close()


@pytest.fixture
async def executor(
    kubeconfig: Path, store: SqlExecutionStore, schemas: dict[str, dict[str, object]]
) -> AsyncIterator[Executor]:
    config = load("kubeconfig", kubeconfig)
    assert config.configuration is not None
    kube = KubeCluster(config.configuration, request_timeout=5)
    yield Executor(kube, store, schemas, poll_interval=0.02)
    kube.close()
