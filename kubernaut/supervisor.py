"""Runs several services as child processes and watches their health (``kubernaut up``)."""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx

from kubernaut.runtime.settings import base_settings


@dataclass
class Child:
    name: str
    health_url: str
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    log_file: IO[bytes] | None = None
    healthy: bool = False
    detail: str = "starting"
    started: float = field(default_factory=time.monotonic)

    def tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def _client_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


def health_url(name: str) -> str:
    settings = base_settings(name)
    return f"http://{_client_host(settings.host)}:{settings.health_port}/health"


class Supervisor:
    def __init__(self, names: list[str], log_dir: Path) -> None:
        self.log_dir = log_dir
        self.children = [Child(n, health_url(n), log_dir / f"{n}.log") for n in names]

    def busy_ports(self) -> list[str]:
        busy = []
        for child in self.children:
            settings = base_settings(child.name)
            ports = {
                "api": settings.port,
                "metrics": settings.metrics_port,
                "health": settings.health_port,
            }
            for kind, port in ports.items():
                if port_in_use(_client_host(settings.host), port):
                    busy.append(f"{child.name} {kind} port {port}")
        return busy

    def start(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for child in self.children:
            child.log_file = child.log_path.open("ab")
            child.process = subprocess.Popen(
                [sys.executable, "-m", "kubernaut", "serve", child.name],
                stdout=child.log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C reaches us only; we stop children in order
            )

    def poll(self, client: httpx.Client) -> None:
        for child in self.children:
            if child.process is not None and child.process.poll() is not None:
                child.healthy = False
                child.detail = f"exited with code {child.process.returncode}"
                continue
            try:
                response = client.get(child.health_url, timeout=1.0)
                status = response.json().get("status", "?")
                child.healthy = response.status_code == 200
                child.detail = status
            except (httpx.HTTPError, ValueError):
                child.healthy = False

    def failed(self) -> list[Child]:
        return [c for c in self.children if c.process is not None and c.process.poll() is not None]

    def all_healthy(self) -> bool:
        return all(c.healthy for c in self.children)

    def stop(self, timeout: float = 10.0) -> None:
        for child in self.children:
            if child.process and child.process.poll() is None:
                child.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for child in self.children:
            if child.process is None:
                continue
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(max(0.1, deadline - time.monotonic()))
            if child.process.poll() is None:
                child.process.kill()
                child.process.wait()
            if child.log_file:
                child.log_file.close()
