"""Consumer side of the Pact tests: a Pact per test and the consumer's own client factory.

The consumer's code path is driven unchanged: its adapter gets the generated client from
the runtime's ``ClientFactory`` (the same one the service uses, with its propagation
headers, retries and breaker), configured with the consumer's own settings class and the
Pact mock server as the provider's URL.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from pact import Pact, match

from kubernaut.runtime.clients import ClientFactory
from kubernaut.runtime.metrics import Metrics
from kubernaut.runtime.ports import display_name
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from kubernaut.services import settings_class

os.environ["PACT_DO_NOT_TRACK"] = "true"
ROOT = Path(__file__).resolve().parents[3]
PACT_DIR = ROOT / "pacts"
REQUEST_ID = "0f6d3c1e-5a27-4c39-9d8e-2b1c7a9e4f10"


def new_pact(consumer: str, provider: str) -> Pact:
    """One Pact per test; written as ``pacts/<consumer>-<provider>.json`` (V4)."""
    return Pact(consumer, provider).with_specification("V4")


def standard_headers(interaction: Any, consumer: str) -> Any:
    """What every call of ours carries (seed §4.1.1, §6.1.1), asserted on the consumer side."""
    return interaction.with_header("X-Service-Name", display_name(consumer)).with_header(
        "X-Request-ID", match.str(REQUEST_ID)
    )


def write(pact: Pact) -> None:
    pact.write_file(PACT_DIR, overwrite=True)


@asynccontextmanager
async def clients_of(consumer: str, tmp_path: Path, **urls: str) -> AsyncIterator[ClientFactory]:
    """The consumer's client factory, its providers at ``urls`` (the Pact mock server)."""
    settings = settings_for_test(
        settings_class(consumer), tmp_path / consumer, upstreams=upstreams_for(urls)
    )
    factory = ClientFactory(settings, Metrics(consumer))
    try:
        yield factory
    finally:
        await factory.aclose()


def iso(matcher_value: str) -> Any:
    """An RFC 3339 timestamp, matched by shape (servers stamp their own times)."""
    return match.regex(
        matcher_value, regex=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$"
    )


def _spec(provider: str) -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(
        (ROOT / "generated" / "bundled" / f"{provider}.yaml").read_text("utf-8")
    )
    return loaded


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        target: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        schema = target
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _resolve(spec, part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    return schema


def _required_only(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> Any:
    schema = _resolve(spec, schema)
    if isinstance(value, dict) and "properties" in schema:
        required = set(schema.get("required", []))
        return {
            key: _required_only(spec, schema["properties"][key], item)
            for key, item in value.items()
            if key in required and key in schema["properties"]
        }
    if isinstance(value, dict):
        return {}  # a free-form map (labels, parameters, data): any keys will do
    if isinstance(value, list) and "items" in schema:
        return [_required_only(spec, schema["items"], item) for item in value[:1]]
    return value


def _valid(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> bool:
    import jsonschema

    root = {**schema, "components": spec.get("components", {})}
    return not any(True for _ in jsonschema.Draft4Validator(root).iter_errors(value))


def _examples(content: dict[str, Any], spec: dict[str, Any]) -> list[Any]:
    found = [content["example"]] if "example" in content else []
    for example in (content.get("examples") or {}).values():
        found.append(_resolve(spec, example)["value"])
    return found


def _example(spec: dict[str, Any], content: dict[str, Any]) -> Any:
    """The response's example, else one documented for the same schema elsewhere.

    Only examples that validate against the schema count (a wrong example in a spec is
    reported by the drift tests, not copied into a pact).
    """
    schema = content["schema"]
    candidates = _examples(content, spec)
    ref = schema.get("$ref")
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for response in op.get("responses", {}).values():
                other = response.get("content", {}).get("application/json", {})
                if ref and other.get("schema", {}).get("$ref") == ref:
                    candidates += _examples(other, spec)
    for example in candidates:
        if _valid(spec, schema, example):
            return example
    raise KeyError(f"no valid example documented for {ref or schema}")


def response_shape(provider: str, operation_id: str, code: int, **overrides: Any) -> Any:
    """What the consumer's generated client needs from a response, matched by type.

    The provider's own documented example, cut down to the schema's required fields (the
    generated client refuses a response without them), every value matched by type; the
    ``overrides`` add the fields the consumer's code reads, exact or with their own matcher.
    """
    spec = _spec(provider)
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                content = op["responses"][str(code)]["content"]["application/json"]
                example = _example(spec, content)
                body = _required_only(spec, content["schema"], example)
                body.update(overrides)
                return match.like(body)
    raise KeyError(f"{provider} has no operation {operation_id}")
