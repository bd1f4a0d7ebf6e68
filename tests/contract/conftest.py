"""Fixtures of the contract stage: one event loop thread hosting real services."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kubernaut.runtime.server import Endpoints
from tests.contract.support.live import LiveServices, live_services
from tests.contract.support.topology import start_service

# The Pact core phones home for telemetry unless told not to (no network beyond loopback).
os.environ["PACT_DO_NOT_TRACK"] = "true"


@pytest.fixture(scope="session")
def live() -> Iterator[LiveServices]:
    with live_services() as services:
        yield services


@pytest.fixture(scope="session")
def service_under_test(
    live: LiveServices, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], Endpoints]:
    """``service_under_test("ai")``: the running service (started once per session)."""
    started: dict[str, Endpoints] = {}

    def get(name: str) -> Endpoints:
        if name not in started:
            data_dir: Path = tmp_path_factory.mktemp(f"schemathesis-{name}")
            started[name] = start_service(live, name, data_dir)[1]
        return started[name]

    return get
