"""Shared test helpers: building requests and reading results."""

from __future__ import annotations

from typing import Any

from services.executor.engine import ExecutionInput

from . import objects as o

NS = o.NS
SSAR = "POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews"
DEPLOY = f"/apis/apps/v1/namespaces/{NS}/deployments/web"
PODS = f"/api/v1/namespaces/{NS}/pods"


def run(
    action: str,
    params: dict[str, Any],
    dry_run: bool = False,
    execution_id: str = "exec-1",
    timeout: int = 5,
) -> ExecutionInput:
    return ExecutionInput(execution_id, action, params, dry_run, timeout)


def calls(result: dict[str, Any]) -> list[str]:
    """The calls an execution reports, in the same notation as ``request_lines``."""
    return [
        f"{c['method']} {c['path']}{'?dryRun=All' if c['dry_run'] else ''}"
        for c in result["api_calls"]
    ]


def sent(result: dict[str, Any], method: str) -> list[Any]:
    return [c.get("body") for c in result["api_calls"] if c["method"] == method]
