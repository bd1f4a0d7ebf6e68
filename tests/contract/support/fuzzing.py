"""The one Schemathesis configuration of the contract stage (deterministic and bounded).

- a fixed seed: every run generates the same cases (Hypothesis' ``derandomize`` would do
  the same but forbids an example database, so the seed is explicit instead);
- a directory example database committed under ``tests/contract/hypothesis-db``: a
  failing case found once is replayed first on every later run until it passes;
- all default checks (server errors, status codes, content types, headers, response
  schemas, negative data rejection, positive data acceptance, ...);
- a small budget per operation so the ten services fit in the contract stage's minutes:
  the examples and fuzzing phases (positive and negative data) run always; the coverage
  phase (a systematic enumeration of boundary and wrong-type values: ~200 requests per
  operation here, 20,000 for the ten services) runs when ``KUBERNAUT_CONTRACT_DEEP=1``.

Statuses accepted beyond Schemathesis' defaults, each because the spec cannot express the
rule that produces it (see the constants below for the other two):
- 413 on every operation with a body: the byte limit is deployment configuration
  (``max_body_bytes``), documented as a 413 response on every such operation;
- 400 on operations taking a ``cursor``: the cursor is opaque, so any string is
  schema-valid, but only cursors the service issued decode (common.yaml#/Cursor);
- 422 where an operation documents it (status_code_conformance still requires that):
  a schema-valid request refused by a rule the schema cannot express — an action's
  parameters checked against the catalogue, a kind a service does not support.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import schemathesis
import yaml
from schemathesis.specs.openapi.schemas import OpenApiSchema

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "generated" / "bundled"
EXAMPLE_DB = ROOT / "tests" / "contract" / "hypothesis-db"
SEED = 20261128
MAX_EXAMPLES = 15
STATEFUL_STEPS = 6
STATEFUL_SCENARIOS = 10


# A 503 is how a service says a dependency is down (seed §4.2.2); status_code_conformance
# still requires it to be documented on the operation, and the schema check that it
# carries the error envelope.
NOT_A_SERVER_ERROR = ["2xx", "3xx", "4xx", "503"]
# Rejecting an oversized invalid body with 413 is still rejecting it.
NEGATIVE_REJECTED = [
    "400",
    "401",
    "403",
    "404",
    "405",
    "406",
    "409",
    "413",
    "415",
    "422",
    "428",
    "429",
    "5xx",
]
POSITIVE_ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx", "413", "422"]


def deep() -> bool:
    return os.environ.get("KUBERNAUT_CONTRACT_DEEP", "") not in ("", "0", "false")


def _paged_operations(spec: dict[str, Any]) -> list[str]:
    found = []
    for item in spec.get("paths", {}).values():
        for method, op in item.items():
            if method == "parameters" or not isinstance(op, dict):
                continue
            params = [*item.get("parameters", []), *op.get("parameters", [])]
            if any(_param_name(spec, p) == "cursor" for p in params):
                found.append(op["operationId"])
    return found


def _param_name(spec: dict[str, Any], param: dict[str, Any]) -> str:
    if "$ref" in param:
        target: Any = spec
        for part in param["$ref"].lstrip("#/").split("/"):
            target = target[part]
        param = target
    return str(param.get("name", ""))


def config(spec: dict[str, Any], modes: list[str] | None = None) -> schemathesis.Config:
    operations: list[dict[str, Any]] = []
    paged = _paged_operations(spec)
    if paged:
        operations.append(
            {
                "include-operation-id": paged,
                "checks": {
                    "positive_data_acceptance": {"expected-statuses": [*POSITIVE_ACCEPTED, "400"]}
                },
            }
        )
    return schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
            "generation": {
                "max-examples": MAX_EXAMPLES,
                "database": str(EXAMPLE_DB),
                "mode": "all" if modes is None else modes[0],
            },
            "phases": {
                "coverage": {"enabled": deep()},
                "stateful": {"max-steps": STATEFUL_STEPS},
            },
            "checks": {
                "positive_data_acceptance": {"expected-statuses": POSITIVE_ACCEPTED},
                "negative_data_rejection": {"expected-statuses": NEGATIVE_REJECTED},
                "not_a_server_error": {"expected-statuses": NOT_A_SERVER_ERROR},
            },
            "operations": operations,
            "request-timeout": 20,
        }
    )


def spec_of(service: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((BUNDLED / f"{service}.yaml").read_text("utf-8"))
    return loaded


def load(service: str, *, positive_only: bool = False) -> OpenApiSchema:
    """The bundled spec of ``service`` (what the service itself serves and validates).

    ``positive_only`` is for the stateful runs: they follow links between valid calls;
    invalid inputs are the per-operation tests' job.
    """
    spec = spec_of(service)
    modes = ["positive"] if positive_only else None
    return schemathesis.openapi.from_dict(spec, config=config(spec, modes))


def has_links(schema: OpenApiSchema) -> bool:
    return bool(schema.operations_with_incoming_links())
