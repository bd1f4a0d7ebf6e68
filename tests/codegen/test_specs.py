"""The ten contracts exist, validate, follow the conventions and keep the seed's names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from kubernaut.runtime.ports import SERVICE_NAMES
from tools.codegen.bundle import HTTP_METHODS, bundle

SPECS = Path(__file__).resolve().parents[2] / "contracts" / "openapi"


def _bundled(name: str) -> dict[str, Any]:
    return bundle(SPECS / f"{name}.yaml")


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = spec["components"][section][name]
    return node


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return _resolve(spec, {"$ref": f"#/components/schemas/{name}"})


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    schema = _resolve(spec, schema)
    for part in schema.get("allOf", []):
        props.update(_properties(spec, part))
    props.update(schema.get("properties", {}))
    return props


def _body_schema(spec: dict[str, Any], path: str, method: str = "post") -> dict[str, Any]:
    op = spec["paths"][path][method]
    return _resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])


def _response_schema(spec: dict[str, Any], path: str, method: str = "post") -> dict[str, Any]:
    op = spec["paths"][path][method]
    code = min(c for c in op["responses"] if str(c).startswith("2"))
    response = _resolve(spec, op["responses"][code])
    return _resolve(spec, response["content"]["application/json"]["schema"])


@pytest.mark.parametrize("name", SERVICE_NAMES)
def test_every_service_has_a_valid_openapi_3_0_spec(name: str) -> None:
    raw = yaml.safe_load((SPECS / f"{name}.yaml").read_text())
    assert raw["openapi"].startswith("3.0.")
    validate(_bundled(name))


@pytest.mark.parametrize("name", SERVICE_NAMES)
def test_every_operation_is_documented_and_answers_errors_with_the_envelope(name: str) -> None:
    spec = _bundled(name)
    assert "/health" in spec["paths"], "every service serves /health"
    for method, path, op in _operations(spec):
        where = f"{name}: {method.upper()} {path}"
        assert op.get("operationId"), f"{where}: operationId"
        assert len(op.get("tags", [])) == 1, f"{where}: exactly one tag"
        assert op.get("summary"), f"{where}: summary"
        for code, response in op["responses"].items():
            response = _resolve(spec, response)
            content = response.get("content", {})
            if (str(code)[0] in "45" and code != "503") or (code == "503" and path != "/health"):
                schema = content["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}, f"{where} {code}"
            if str(code).startswith("2") and content:
                media = content["application/json"]
                assert "example" in media or "examples" in media, f"{where} {code}: example"
        if "requestBody" in op:
            media = _resolve(spec, op["requestBody"])["content"]["application/json"]
            assert "example" in media or "examples" in media, f"{where}: request example"


def test_analyze_alert_keeps_the_seed_field_names() -> None:
    spec = _bundled("ai")
    request = _properties(spec, _body_schema(spec, "/api/v1/analyze-alert"))
    alert = _properties(spec, request["alert"])
    assert {"name", "severity", "namespace", "resource", "labels", "annotations"} <= set(alert)
    assert {"request_id", "timestamp"} <= set(_properties(spec, request["context"]))
    response = _properties(spec, _response_schema(spec, "/api/v1/analyze-alert"))
    assert {"action", "confidence", "reasoning", "parameters"} <= set(response)
    reasoning = _properties(spec, response["reasoning"])
    assert {"summary", "primary_reason", "historical_context", "oscillation_risk"} <= set(reasoning)


def test_execute_action_keeps_the_seed_field_names() -> None:
    spec = _bundled("workflow")
    request = _properties(spec, _body_schema(spec, "/api/v1/execute-action"))
    assert {"type", "parameters", "confidence"} <= set(_properties(spec, request["action"]))
    assert {"name", "severity", "namespace"} <= set(_properties(spec, request["alert"]))
    assert {"request_id", "action_id"} <= set(_properties(spec, request["context"]))
    response = _properties(spec, _response_schema(spec, "/api/v1/execute-action"))
    assert {"success", "workflow_id", "execution_id", "status", "estimated_duration"} <= set(
        response
    )


def test_enhance_context_keeps_the_seed_field_names() -> None:
    spec = _bundled("ai")
    request = _properties(spec, _body_schema(spec, "/api/v1/enhance-context"))
    assert {"context_type", "investigation_id", "raw_context", "enhancement_options"} <= set(
        request
    )
    options = _properties(spec, request["enhancement_options"])
    assert {"include_patterns", "include_history", "max_depth"} <= set(options)
    response = _properties(spec, _response_schema(spec, "/api/v1/enhance-context"))
    assert {"enhanced_context", "confidence", "processing_time_ms"} <= set(response)
    enhanced = _properties(spec, response["enhanced_context"])
    assert {"kubernetes", "patterns", "history", "recommendations"} <= set(enhanced)


@pytest.mark.parametrize(
    ("service", "method", "path"),
    [
        ("gateway", "post", "/alerts"),
        ("ai", "post", "/api/v1/optimize-workflow"),
        ("storage", "post", "/api/v1/store-action"),
        ("storage", "post", "/api/v1/store-execution"),
        ("storage", "get", "/api/v1/query-history"),
        ("storage", "get", "/api/v1/query-patterns"),
    ],
)
def test_the_interfaces_the_seed_names_exist(service: str, method: str, path: str) -> None:
    assert method in _bundled(service)["paths"].get(path, {}), f"{service}: {method} {path}"


def test_context_serves_the_holmesgpt_family() -> None:
    paths = [p for p in _bundled("context")["paths"] if p.startswith("/api/v1/context/")]
    assert len(paths) >= 4
    assert all("get" in _bundled("context")["paths"][p] for p in paths)


def test_schema_names_are_plain_identifiers_so_models_keep_them() -> None:
    for name in SERVICE_NAMES:
        for schema in _bundled(name)["components"]["schemas"]:
            assert schema.isidentifier() and schema[0].isupper(), f"{name}: {schema}"
