"""Every service, over real HTTP: health on two ports, metrics, headers, and 4xx envelopes.

Bad input never produces a 500: malformed JSON, a wrong content type, an unknown path, a
wrong method, an oversized body and a schema violation each get the right 4xx status
with the seed's error envelope (§4.1.2).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.server import running
from kubernaut.services import build_for_test

pytestmark = pytest.mark.timeout(60)


def assert_envelope(response: httpx.Response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert {"code", "message", "request_id", "timestamp"} <= set(error)
    assert error["request_id"] == response.headers["x-request-id"]
    if code:
        assert error["code"] == code


def first_body_operation(name: str) -> Any:
    stub = importlib.import_module(f"generated.stubs.{name}")
    for op in stub.OPERATIONS.values():
        if op.body is not None and "{" not in op.path:
            return op
    return None


@pytest.mark.parametrize("name", SERVICE_NAMES)
async def test_service_answers_health_metrics_and_errors_per_the_seed(
    name: str, tmp_path: Path
) -> None:
    app = build_for_test(name, tmp_path, max_body_bytes=4096)
    async with running(app) as ep, httpx.AsyncClient(base_url=ep.api) as http:
        for base in (ep.api, ep.health):
            health = await http.get(f"{base}/health")
            assert health.status_code in (200, 503)
            body = health.json()
            assert set(body) == {
                "status", "service", "version", "components", "uptime", "last_check",
            }  # fmt: skip
            assert body["service"] == f"{name}-service"

        response = await http.get("/health", headers={"X-Request-ID": "req-42"})
        assert response.headers["x-request-id"] == "req-42"
        assert response.headers["x-service-name"] == f"{name}-service"
        assert response.headers["x-service-version"]
        assert response.headers["x-response-time"].endswith("ms")

        assert_envelope(await http.get("/api/v1/no-such-thing"), 404, "NOT_FOUND")

        op = first_body_operation(name)
        if op is not None:
            url = op.path
            send = getattr(http, op.method.lower())
            json_headers = {"content-type": "application/json"}
            assert_envelope(
                await http.request(op.method, url, content=b"{not json", headers=json_headers),
                400,
                "MALFORMED_JSON",
            )
            assert_envelope(
                await http.request(op.method, url, content=b"\xff\xfe{}", headers=json_headers),
                400,
                "MALFORMED_JSON",
            )
            assert_envelope(
                await http.request(
                    op.method, url, content=b"x=1", headers={"content-type": "text/plain"}
                ),
                415,
                "UNSUPPORTED_MEDIA_TYPE",
            )
            assert_envelope(await send(url, json="a string, not the schema"), 400)
            big = {"padding": "x" * 10_000}
            assert_envelope(await send(url, json=big), 413, "PAYLOAD_TOO_LARGE")
            assert_envelope(await http.request("TRACE", url), 405, "METHOD_NOT_ALLOWED")

        metrics = (await http.get(f"{ep.metrics}/metrics")).text
        assert f'http_requests_total{{endpoint="/health",method="GET",service="{name}-service"' in (
            metrics
        )
        assert "http_request_duration_seconds_bucket" in metrics
