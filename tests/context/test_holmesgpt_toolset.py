"""The shipped HolmesGPT toolset: valid toolset format, and every tool's command, rendered
the way HolmesGPT renders it (Jinja2, values raw or shell-quoted), really calls
context-service and gets JSON back."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.context.app import create_app
from services.context.settings import ContextSettings, KubernetesAccess

from .conftest import free_port

TOOLSET = Path(__file__).resolve().parents[2] / "deploy" / "holmesgpt" / "kubernaut-toolset.yaml"
PARAMS: dict[str, dict[str, Any]] = {
    "kubernaut_investigation": {
        "namespace": "shop",
        "kind": "Deployment",
        "name": "web",
        "alert_name": "HighMemoryUsage",
    },
    "kubernaut_kubernetes_context": {"namespace": "shop", "kind": "Deployment", "name": "web"},
    "kubernaut_metrics_context": {"namespace": "shop", "kind": "Deployment", "name": "web"},
    "kubernaut_action_history": {"namespace": "shop", "resource": "web"},
    "kubernaut_patterns": {"alert_name": "HighMemoryUsage"},
    "kubernaut_similar_incidents": {"alert_name": "HighMemoryUsage", "namespace": "shop"},
}


def load_tools() -> dict[str, dict[str, Any]]:
    doc = yaml.safe_load(TOOLSET.read_text())
    [(name, toolset)] = doc["toolsets"].items()
    assert name == "kubernaut/context" and toolset["description"]
    assert {"env": ["KUBERNAUT_CONTEXT_URL"]} in toolset["prerequisites"]
    return {t["name"]: t for t in toolset["tools"]}


def test_toolset_declares_a_tool_per_context_endpoint() -> None:
    tools = load_tools()
    assert set(tools) == set(PARAMS)
    for tool in tools.values():
        assert tool["description"] and tool["command"].startswith("curl ")
        assert "/api/v1/context/" in tool["command"]
        declared = set(tool.get("parameters", {}))
        used = set(jinja2.Environment().parse(tool["command"]).find_all(jinja2.nodes.Name))
        assert {n.name for n in used} >= declared


@pytest.mark.parametrize("quoted", [False, True], ids=["raw-values", "shell-quoted-values"])
async def test_every_tool_command_calls_context_service(
    tmp_path: Path, cluster: Any, quoted: bool
) -> None:
    _, kube_url = cluster
    closed = f"http://127.0.0.1:{free_port()}"
    settings = settings_for_test(
        ContextSettings,
        tmp_path,
        kubernetes=KubernetesAccess(host=kube_url),
        upstreams=upstreams_for({"storage": closed, "intelligence": closed, "ai": closed}),
    )
    async with running(create_app(settings)) as ep:
        env = {**os.environ, "KUBERNAUT_CONTEXT_URL": ep.api}
        for name, tool in load_tools().items():
            params = {k: shlex.quote(v) if quoted else v for k, v in PARAMS[name].items()}
            command = jinja2.Template(tool["command"]).render(**params)
            proc = await asyncio.create_subprocess_exec(
                "bash",
                "-c",
                command,
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            out, err = await proc.communicate()
            assert proc.returncode == 0, (name, command, err.decode())
            body = json.loads(out)
            if name == "kubernaut_kubernetes_context":
                assert body["summary"]["name"] == "web" and body["pods"]
            elif name == "kubernaut_investigation":
                assert (
                    body["kubernetes"]["kind"] == "Deployment"
                    and body["alert_name"] == "HighMemoryUsage"
                )
                assert body["partial"] is True  # storage, intelligence, ai, prometheus are down
            else:  # their only sources are down here: the seed's error envelope says so
                assert body["error"]["code"] == "SERVICE_UNAVAILABLE", (name, body)
