"""Schemathesis against each of the ten services, running for real over HTTP.

One test per service, parametrized by Schemathesis over every operation of its bundled
spec (examples, coverage and fuzzing phases, positive and negative data, all default
checks), plus a stateful test per service whose spec has OpenAPI links.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import hypothesis
import pytest
import schemathesis

from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.server import Endpoints
from tests.contract.support import fuzzing

STANDARD_HEADERS = {
    "X-Request-ID": "contract-stateful-0001",
    "X-Service-Name": "contract-tests",
    "X-Service-Version": "1.0.0",
    "X-Trace-ID": "4bf92f3577b34da6a3ce929d0e0e4736",
    "X-Span-ID": "00f067aa0ba902b7",
    "X-Parent-Span-ID": "00f067aa0ba902b6",
    "X-Trace-Flags": "01",
}


def _operation_test(service: str) -> Callable[..., None]:
    schema = fuzzing.load(service)

    def test(case: schemathesis.Case[Any], service_under_test: Callable[[str], Endpoints]) -> None:
        case.call_and_validate(base_url=service_under_test(service).api)

    test.__name__ = f"test_{service}_answers_every_operation_as_its_spec_says"
    parametrized: Callable[..., None] = schema.parametrize()(test)
    return parametrized


def _stateful_test(service: str) -> Callable[..., None]:
    schema = fuzzing.load(service, positive_only=True)

    def test(service_under_test: Callable[[str], Endpoints]) -> None:
        if not fuzzing.has_links(schema):
            pytest.skip(f"{service}'s spec declares no OpenAPI links")
        base_url = service_under_test(service).api
        machine: Any = schema.as_state_machine()

        class Linked(machine):  # type: ignore[misc]
            def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
                # Schemathesis' stateful steps ignore the header schemas (they sent
                # `X-Service-Name: Á\x10Â` as "valid"); the standard headers are fuzzed by
                # the per-operation tests, so link flows carry well-formed ones.
                return {"base_url": base_url, "headers": STANDARD_HEADERS}

        # the same scenarios every run (what ``@hypothesis.seed`` does to a state machine)
        hypothesis.seed(fuzzing.SEED)(Linked)
        Linked.run(
            settings=hypothesis.settings(
                max_examples=fuzzing.STATEFUL_SCENARIOS,
                stateful_step_count=fuzzing.STATEFUL_STEPS,
                deadline=None,
                database=hypothesis.database.DirectoryBasedExampleDatabase(str(fuzzing.EXAMPLE_DB)),
                suppress_health_check=list(hypothesis.HealthCheck),
                phases=[hypothesis.Phase.reuse, hypothesis.Phase.generate, hypothesis.Phase.shrink],
            )
        )

    test.__name__ = f"test_{service}_survives_linked_call_sequences"
    return test


for _service in SERVICE_NAMES:
    globals()[f"test_{_service}_answers_every_operation_as_its_spec_says"] = _operation_test(
        _service
    )
    globals()[f"test_{_service}_survives_linked_call_sequences"] = _stateful_test(_service)
del _service
