"""``kubernaut up`` brings the ten services up, ``status`` sees them, Ctrl-C stops them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

from kubernaut.runtime.ports import SERVICE_NAMES

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def free_ports(count: int) -> list[int]:
    sockets = []
    for _ in range(count):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sockets.append(sock)
    ports = [s.getsockname()[1] for s in sockets]
    for sock in sockets:
        sock.close()
    return ports


def config_on_free_ports(tmp_path: Path, names: tuple[str, ...]) -> tuple[dict[str, str], dict]:
    ports = iter(free_ports(3 * len(names)))
    config: dict = {"data_dir": str(tmp_path / "data"), "upstreams": {}}
    for name in names:
        api, metrics, health = next(ports), next(ports), next(ports)
        config[name] = {"port": api, "metrics_port": metrics, "health_port": health}
        config["upstreams"][name] = f"http://127.0.0.1:{api}"
    path = tmp_path / "kubernaut.yaml"
    path.write_text(yaml.safe_dump(config))
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUBERNAUT_")}
    env["KUBERNAUT_CONFIG"] = str(path)
    return env, config


def wait_for(process: subprocess.Popen[bytes], log: Path, needle: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        seen = log.read_text(errors="replace")
        if needle in seen or process.poll() is not None:
            break
        time.sleep(0.2)
    assert needle in seen, f"{needle!r} not seen; output was:\n{seen[-3000:]}"
    return seen


def test_up_serves_all_ten_then_status_reports_them_and_ctrl_c_stops_all(tmp_path: Path) -> None:
    env, config = config_on_free_ports(tmp_path, SERVICE_NAMES)
    log = tmp_path / "up.log"
    with log.open("wb") as output:
        up = subprocess.Popen(
            [sys.executable, "-m", "kubernaut", "up", "--timeout", "120"],
            env=env,
            stderr=output,
            stdout=subprocess.DEVNULL,
        )
    try:
        wait_for(up, log, "10 services healthy", timeout=150)
        for name in SERVICE_NAMES:
            for port_key in ("port", "health_port"):
                r = httpx.get(f"http://127.0.0.1:{config[name][port_key]}/health", timeout=5)
                assert r.status_code == 200, (name, r.text)
                assert r.json()["service"] == f"{name}-service"
            metrics = httpx.get(f"http://127.0.0.1:{config[name]['metrics_port']}/metrics")
            assert "http_requests_total" in metrics.text
        status = subprocess.run(
            [sys.executable, "-m", "kubernaut", "status"],
            env={**env, "COLUMNS": "200"},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert status.returncode == 0, status.stdout + status.stderr
        for name in SERVICE_NAMES:
            assert name in status.stdout
        assert "down" not in status.stdout
    finally:
        up.send_signal(signal.SIGINT)
        up.wait(timeout=30)
    assert up.returncode == 0
    for name in SERVICE_NAMES:
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"http://127.0.0.1:{config[name]['port']}/health", timeout=2)


def test_status_reports_services_that_are_down(tmp_path: Path) -> None:
    env, _ = config_on_free_ports(tmp_path, SERVICE_NAMES)
    status = subprocess.run(
        [sys.executable, "-m", "kubernaut", "status", "--only", "gateway,storage"],
        env={**env, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert status.returncode == 1
    assert status.stdout.count("down") == 2


def test_up_refuses_to_start_when_a_port_is_taken(tmp_path: Path) -> None:
    env, config = config_on_free_ports(tmp_path, SERVICE_NAMES)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", config["gateway"]["port"]))
        taken.listen()
        result = subprocess.run(
            [sys.executable, "-m", "kubernaut", "up", "--only", "gateway"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert f"gateway api port {config['gateway']['port']}" in result.stderr


def test_up_rejects_an_unknown_service_name() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kubernaut", "up", "--only", "gateway,nope"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0
    assert "unknown service(s): nope" in result.stderr
