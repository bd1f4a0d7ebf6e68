"""A real Alertmanager (Debian `prometheus-alertmanager`) whose webhook receiver is
the gateway: alerts posted to Alertmanager arrive, its repeat notifications are
deduplicated, the alert reaches analysis by the real ai-service, and the resolved
notification closes the alert without any remediation.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.ai.app import create_app as create_ai_app
from services.ai.settings import AiSettings
from services.alert.app import create_app as create_alert_app
from services.alert.settings import AlertSettings, ProcessingConfig
from services.gateway.app import create_app
from services.gateway.settings import ForwardConfig, GatewaySettings, ScopeConfig
from tests.gateway.gateway_support import free_port, wait_for

DEAD = "http://127.0.0.1:9"
TOKEN = "am-secret"


def alertmanager_binary() -> str:
    for name in ("prometheus-alertmanager", "alertmanager"):
        path = shutil.which(name)
        if path:
            return path
    reason = "Alertmanager binary not found (apt-get install prometheus-alertmanager)"
    if os.environ.get("KUBERNAUT_REQUIRE_SERVICES") == "1":
        pytest.fail(reason + " and KUBERNAUT_REQUIRE_SERVICES=1")
    pytest.skip(reason)


CONFIG = """\
route:
  receiver: kubernaut
  group_by: [alertname, namespace]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 2s
receivers:
  - name: kubernaut
    webhook_configs:
      - url: {url}/alerts
        send_resolved: true
        http_config:
          authorization:
            credentials: {token}
"""


@contextlib.contextmanager
def alertmanager(binary: str, workdir: Path, gateway_url: str) -> Iterator[str]:
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "alertmanager.yml"
    config.write_text(CONFIG.format(url=gateway_url, token=TOKEN))
    port = free_port()
    log = (workdir / "alertmanager.log").open("w")
    process = subprocess.Popen(
        [
            binary,
            f"--config.file={config}",
            f"--storage.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",
            "--log.level=warn",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextlib.asynccontextmanager
async def kubernaut(tmp_path: Path) -> AsyncIterator[tuple[str, str]]:
    """gateway → alert-service → ai-service (rules), everything else down."""
    ai_settings = settings_for_test(
        AiSettings,
        tmp_path / "ai",
        use_history=False,
        upstreams=upstreams_for({"storage": DEAD, "intelligence": DEAD}),
    )
    async with running(create_ai_app(ai_settings)) as ai:
        alert_settings = settings_for_test(
            AlertSettings,
            tmp_path / "alert",
            processing=ProcessingConfig(execute_max_attempts=1),
            upstreams=upstreams_for(
                {
                    "ai": ai.api,
                    "workflow": DEAD,
                    "storage": DEAD,
                    "notification": DEAD,
                    "monitor": DEAD,
                }
            ),
        )
        async with running(create_alert_app(alert_settings)) as al:
            gw_settings = settings_for_test(
                GatewaySettings,
                tmp_path / "gw",
                webhook_token=TOKEN,
                scope=ScopeConfig(require_opt_in=True),
                forward=ForwardConfig(retry_initial_seconds=0.05, idle_poll_seconds=0.2),
                upstreams=upstreams_for({"alert": al.api}),
            )
            async with running(create_app(gw_settings)) as gw:
                yield gw.api, al.api


def _now(offset: float = 0.0) -> str:
    return (datetime.now(UTC) + timedelta(seconds=offset)).isoformat().replace("+00:00", "Z")


async def test_real_alertmanager_notifications_reach_analysis_once_and_resolve(
    tmp_path: Path,
) -> None:
    binary = alertmanager_binary()
    labels = {
        "alertname": "KubePodCrashLooping",
        "namespace": "am-shop",
        "pod": "cart-5d8f7c9b6d-x2kzq",
        "container": "cart",
        "severity": "warning",
        "kubernaut_io_managed": "true",
    }
    started = _now(-60)
    alert: dict[str, Any] = {
        "labels": labels,
        "annotations": {"summary": "Pod is crash looping."},
        "startsAt": started,
        "generatorURL": "http://prometheus:9090/graph?g0.expr=x",
    }
    async with kubernaut(tmp_path) as (gateway, alert_service), httpx.AsyncClient() as http:
        with alertmanager(binary, tmp_path / "am", gateway) as am:

            async def ready() -> bool:
                with contextlib.suppress(httpx.HTTPError):
                    return (await http.get(f"{am}/-/ready")).status_code == 200
                return False

            await wait_for(ready, within=15)
            posted = await http.post(f"{am}/api/v2/alerts", json=[alert])
            assert posted.status_code == 200

            async def analysed() -> bool:
                items = (
                    await http.get(
                        f"{alert_service}/api/v1/alerts", params={"namespace": "am-shop"}
                    )
                ).json()["items"]
                return bool(items) and any(h["hop"] == "analyze" for h in items[0]["hops"])

            await wait_for(analysed, within=20)
            # Alertmanager resends the group every repeat_interval: recognised, no new work.

            async def repeated() -> bool:
                stats = (await http.get(f"{gateway}/api/v1/intake/stats")).json()
                return bool(stats["duplicates_total"] >= 1)

            await wait_for(repeated, within=20)
            [record] = (
                await http.get(f"{alert_service}/api/v1/alerts", params={"namespace": "am-shop"})
            ).json()["items"]
            assert len(record["event_ids"]) == 1
            assert record["in_scope"] is True
            assert record["fingerprint"]  # Alertmanager's own fingerprint
            analysis = record["analysis"]
            assert analysis["decided_by"] == "rules"
            assert analysis["action"] != ""
            assert (record["alert"]["kind"], record["alert"]["resource"]) == (
                "Pod",
                "cart-5d8f7c9b6d-x2kzq",
            )
            assert record["owner"]["name"] == "cart"

            # Resolve it in Alertmanager: the resolved notification closes the alert.
            resolved = await http.post(f"{am}/api/v2/alerts", json=[{**alert, "endsAt": _now(-1)}])
            assert resolved.status_code == 200

            async def closed() -> bool:
                r = await http.get(f"{alert_service}/api/v1/alerts/{record['alert_id']}")
                return bool(r.json()["state"] == "resolved")

            await wait_for(closed, within=20)
            final = (await http.get(f"{alert_service}/api/v1/alerts/{record['alert_id']}")).json()
            assert final["status"] == "resolved"
            assert len(final["event_ids"]) == 2  # one firing, one resolved event
            assert not any(h["hop"] == "execute" and h["outcome"] == "ok" for h in final["hops"])
            await asyncio.sleep(0)  # let in-flight forwarder rounds settle before shutdown
