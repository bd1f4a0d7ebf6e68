"""Provider verification: each provider, started for real, honours every pact naming it.

The provider runs over HTTP with its real storage on a temporary directory; its own
downstream services are unreachable (it must still answer what its consumers expect).
Provider states are set up through the provider's own storage or API
(``tests/contract/support/states.py``). A failure names the pact and the interaction.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pact import Verifier

from kubernaut.runtime.app import ServiceApp
from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.server import Endpoints
from tests.contract.support.live import LiveServices
from tests.contract.support.pacts import PACT_DIR
from tests.contract.support.states import STATES
from tests.contract.support.topology import start_service


def pacts_naming(provider: str, directory: Path = PACT_DIR) -> list[Path]:
    return sorted(
        path
        for path in directory.glob("*.json")
        if json.loads(path.read_text("utf-8"))["provider"]["name"] == provider
    )


def verify(
    live: LiveServices, provider: str, app: ServiceApp, endpoints: Endpoints, pacts: list[Path]
) -> Verifier:
    """Replay ``pacts`` against the running provider; raises naming what failed."""
    setups = STATES.get(provider, {})

    def handle(state: str, action: str, parameters: dict[str, Any] | None) -> None:
        if action != "setup" or not state:
            return
        if state not in setups:
            raise LookupError(f"{provider}: no provider state {state!r} in states.py")
        live.run(setups[state](app, endpoints, parameters or {}))

    verifier = Verifier(provider, host="127.0.0.1").add_transport(url=endpoints.api)
    for path in pacts:
        verifier.add_source(path)
    verifier.state_handler(handle, teardown=True)
    try:
        verifier.verify()
    except RuntimeError as exc:
        raise AssertionError(
            f"{provider} breaks a consumer pact:\n{verifier.output(strip_ansi=True)}"
        ) from exc
    return verifier


@pytest.mark.parametrize("provider", SERVICE_NAMES)
def test_provider_honours_every_consumer_pact(
    provider: str, live: LiveServices, tmp_path: Path
) -> None:
    pacts = pacts_naming(provider)
    if not pacts:
        pytest.skip(f"no consumer calls {provider} yet")
    app, endpoints = start_service(live, provider, tmp_path)
    verify(live, provider, app, endpoints, pacts)
