"""Test support for workflow-service: servers on loopback, an executor speaking its spec.

``ContractExecutor`` is a small HTTP server that answers exactly as
``contracts/openapi/executor.yaml`` says — every request it receives and every
answer it gives is validated against the bundled spec — and can be told to
succeed, fail or refuse, and be stopped and restarted on the same port to
simulate an outage. Tests that can use the real executor app do (dry-run mode).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn
import yaml
from openapi_schema_validator import OAS30Validator
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

BUNDLED = Path(__file__).resolve().parents[2] / "generated" / "bundled"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SpecSchemas:
    """Validates payloads against a component schema of a bundled service spec."""

    def __init__(self, service: str) -> None:
        self.spec = yaml.safe_load((BUNDLED / f"{service}.yaml").read_text(encoding="utf-8"))

    def errors(self, schema: str, payload: Any) -> list[str]:
        validator = OAS30Validator(
            {"$ref": f"#/components/schemas/{schema}", "components": self.spec["components"]}
        )
        return [e.message for e in validator.iter_errors(payload)]


class _Quiet(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[no-untyped-def]
        yield


@contextlib.asynccontextmanager
async def serve(app: Any, port: int) -> AsyncIterator[str]:
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        log_config=None,
        lifespan="off",
    )
    server = _Quiet(config)
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


def _envelope(code: str, message: str, status: int) -> JSONResponse:
    return JSONResponse(
        {
            "error": {
                "code": code,
                "message": message,
                "request_id": "test",
                "timestamp": datetime.now(UTC).isoformat(),
            }
        },
        status_code=status,
    )


class ContractExecutor:
    """executor-service as its spec describes it, with a switchable behaviour."""

    def __init__(self) -> None:
        self.schemas = SpecSchemas("executor")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.behaviour = "succeed"  # succeed | fail | timed_out | not_found
        self.requests: list[dict[str, Any]] = []
        self.results: dict[str, dict[str, Any]] = {}
        self.spec_violations: list[str] = []
        self.app = Starlette(
            routes=[
                Route("/api/v1/executions", self.execute, methods=["POST"]),
                Route("/api/v1/executions/{execution_id}", self.get, methods=["GET"]),
            ]
        )
        self._stack: contextlib.AsyncExitStack | None = None

    async def start(self) -> None:
        self._stack = contextlib.AsyncExitStack()
        await self._stack.enter_async_context(serve(self.app, self.port))

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = None

    def performed(self) -> list[str]:
        """Execution ids actually carried out (a retried id is carried out once)."""
        return list(self.results)

    def sent_for(self, workflow_id: str) -> list[dict[str, Any]]:
        """Every request received for one workflow (retries included)."""
        return [r for r in self.requests if r.get("workflow_id") == workflow_id]

    def _answer(self, result: dict[str, Any]) -> JSONResponse:
        self.spec_violations += self.schemas.errors("ExecutionResult", result)
        return JSONResponse(result)

    async def execute(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.requests.append(body)
        problems = self.schemas.errors("ExecutionRequest", body)
        if problems:
            self.spec_violations += problems
            return _envelope("VALIDATION_FAILED", "; ".join(problems), 400)
        execution_id = body["execution_id"]
        if execution_id in self.results:
            if self.results[execution_id]["status"] == "running":
                # the spec: a request still running answers 409 to a concurrent duplicate
                return _envelope("CONFLICT", f"execution {execution_id} is still running", 409)
            return self._answer(self.results[execution_id])
        params = body.get("parameters") or {}
        if self.behaviour == "not_found":
            return _envelope("NOT_FOUND", f"{params.get('resource')} not found", 404)
        namespace = params.get("namespace")
        status = {"fail": "failed", "timed_out": "timed_out", "busy": "running"}.get(
            self.behaviour, "succeeded"
        )
        reached = status == "succeeded"
        result: dict[str, Any] = {
            "execution_id": execution_id,
            "action_type": body["action_type"],
            "status": status,
            "dry_run": bool(body.get("dry_run", False)),
            "parameters": params,
            "api_calls": [
                {
                    "verb": "delete",
                    "method": "DELETE",
                    "dry_run": bool(body.get("dry_run")),
                    "path": f"/api/v1/namespaces/{namespace}/pods/{params.get('resource')}",
                    "status_code": 200,
                },
            ],
            "observed": {
                "condition": {"description": "pod replaced and ready", "reached": reached}
            },
            "undo_available": False,
            "message": f"{body['action_type']} {status}",
            "workflow_id": body.get("workflow_id", ""),
            "action_id": body.get("action_id", ""),
        }
        if status == "failed":
            result["error"] = {"code": "CONFLICT", "message": "pod disruption budget"}
        self.results[execution_id] = result
        if status == "running":  # longer than the caller waits: it sees a timeout-like 409
            return _envelope("CONFLICT", f"execution {execution_id} is still running", 409)
        return self._answer(result)

    def finish(self, execution_id: str) -> None:
        """A long execution completes."""
        result = self.results[execution_id]
        result.update(status="succeeded", message="finished after a long wait")
        result["observed"]["condition"]["reached"] = True

    async def get(self, request: Request) -> JSONResponse:
        execution_id = request.path_params["execution_id"]
        if execution_id not in self.results:
            return _envelope("NOT_FOUND", "no such execution", 404)
        return self._answer(self.results[execution_id])
