"""Drift between specs, handlers, client calls, pacts and the Schemathesis runs."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kubernaut.runtime.ports import CALL_GRAPH, SERVICE_NAMES
from tests.contract.schemathesis import test_services_conform_to_their_specs as fuzz_module
from tests.contract.support import fuzzing
from tests.contract.support.calls import ClientCall, client_calls
from tests.contract.support.pacts import PACT_DIR

METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def spec_operations(service: str) -> dict[tuple[str, str], str]:
    """(METHOD, path) → operationId of every operation in the bundled spec."""
    spec = fuzzing.spec_of(service)
    return {
        (method.upper(), path): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


@pytest.mark.parametrize("service", SERVICE_NAMES)
def test_every_operation_is_covered_by_a_schemathesis_run(service: str) -> None:
    assert callable(
        getattr(fuzz_module, f"test_{service}_answers_every_operation_as_its_spec_says", None)
    ), f"no Schemathesis test for {service}"
    schema = fuzzing.load(service)
    loaded = {
        (result.ok().method.upper(), result.ok().path)
        for result in schema.get_all_operations()
        if hasattr(result, "ok")
    }
    missing = set(spec_operations(service)) - loaded
    assert not missing, f"Schemathesis cannot load these {service} operations: {sorted(missing)}"


@pytest.mark.parametrize("service", SERVICE_NAMES)
def test_no_operation_is_left_unimplemented_answering_501(service: str) -> None:
    """Every operation of the spec has a handler method (the runtime answers 501 otherwise)."""
    stub = importlib.import_module(f"generated.stubs.{service}")
    protocol = next(v for k, v in vars(stub).items() if k.endswith("Api") and isinstance(v, type))
    try:
        handlers = importlib.import_module(f"services.{service}.handlers").Handlers
    except ModuleNotFoundError:
        pytest.fail(f"services/{service}/handlers.py does not exist: every operation answers 501")
    unimplemented = sorted(
        op.operation_id
        for op in stub.OPERATIONS.values()
        if getattr(handlers, op.handler, None) is None
        or getattr(handlers, op.handler) is getattr(protocol, op.handler, None)
    )
    assert not unimplemented, f"{service} answers 501 on: {', '.join(unimplemented)}"


CALLS = client_calls()


def test_our_code_calls_other_services_at_all() -> None:
    assert len(CALLS) >= 10, "the call-site scan found (almost) nothing: is it broken?"


@pytest.mark.parametrize("call", CALLS, ids=lambda c: f"{c.consumer}->{c.provider}:{c.module}")
def test_every_client_call_targets_an_operation_of_the_provider_spec(call: ClientCall) -> None:
    assert call.provider in CALL_GRAPH[call.consumer], (
        f"{call.source}: {call.consumer} may not call {call.provider} (kubernaut/runtime/ports.py)"
    )
    assert call.generated_file().is_file(), (
        f"{call.source}: generated/clients/{call.provider} has no {call.module} "
        "(stale import or stale generated code)"
    )
    method, path = call.method_and_path()
    operations = spec_operations(call.provider)
    assert (method, path) in operations, (
        f"{call.source}: {method} {path} is not an operation of contracts/openapi/"
        f"{call.provider}.yaml"
    )
    assert call.module.split(".")[-1] == _snake(operations[(method, path)])


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _pact_paths(path: Path) -> set[tuple[str, str]]:
    pact = json.loads(path.read_text("utf-8"))
    return {(i["request"]["method"].upper(), i["request"]["path"]) for i in pact["interactions"]}


def _matches(template: str, concrete: str) -> bool:
    pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
    return re.match(pattern, concrete) is not None


@pytest.mark.parametrize("call", CALLS, ids=lambda c: f"{c.consumer}->{c.provider}:{c.module}")
def test_every_client_call_is_covered_by_a_pact(call: ClientCall) -> None:
    """Each operation a consumer calls appears in ``pacts/<consumer>-<provider>.json``."""
    path = PACT_DIR / f"{call.consumer}-{call.provider}.json"
    assert path.is_file(), (
        f"{call.source}: no pact for the edge {call.consumer} -> {call.provider}; "
        "add a consumer test (tests/contract/README.md)"
    )
    method, template = call.method_and_path()
    assert any(m == method and _matches(template, p) for m, p in _pact_paths(path)), (
        f"{call.source}: {path.name} has no interaction for {method} {template}"
    )


def _documented_examples(service: str) -> list[tuple[str, dict[str, Any], Any]]:
    spec = fuzzing.spec_of(service)
    found = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            media_types = [("request", op.get("requestBody", {}))] + [
                (f"response {code}", response) for code, response in op["responses"].items()
            ]
            for label, part in media_types:
                media = (part.get("content") or {}).get("application/json")
                if not media or "schema" not in media:
                    continue
                where = f"{method.upper()} {path} {label}"
                if "example" in media:
                    found.append((where, media["schema"], media["example"]))
                for name, example in (media.get("examples") or {}).items():
                    example = _deref(spec, example)
                    found.append((f"{where} example {name}", media["schema"], example["value"]))
    return found


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@pytest.mark.parametrize("service", SERVICE_NAMES)
def test_every_documented_example_matches_its_schema(service: str) -> None:
    """Examples are what consumers copy (and what the pacts start from)."""
    components = fuzzing.spec_of(service).get("components", {})
    wrong = []
    for where, schema, example in _documented_examples(service):
        validator = jsonschema.Draft4Validator({**schema, "components": components})
        error = next(iter(validator.iter_errors(example)), None)
        if error is not None:
            wrong.append(f"{where}: {error.message[:160]}")
    assert not wrong, f"{service} documents examples its schema rejects:\n" + "\n".join(wrong)
