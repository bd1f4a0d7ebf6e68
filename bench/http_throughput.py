"""Throughput and latency of one service's HTTP stack, measured over loopback.

    .venv/bin/python bench/http_throughput.py [--service storage] [--seconds 5] [--concurrency 16]

Starts the service with ``kubernaut serve`` on free ports (its own temp data dir), then
loads ``GET /health`` and, when given, ``--post PATH --body FILE`` for a bounded time
from a second process. Uses ``wrk`` when it is installed (more accurate: it does not
compete with Python for the interpreter), otherwise an asyncio httpx loop. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(service: str, data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    prefix = f"KUBERNAUT_{service.upper()}_"
    env = {
        **os.environ,
        f"{prefix}PORT": str(port),
        f"{prefix}METRICS_PORT": str(free_port()),
        f"{prefix}HEALTH_PORT": str(free_port()),
        f"{prefix}DATA_DIR": str(data_dir),
        f"{prefix}LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "kubernaut", "serve", service], env=env, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code in (200, 503):
                return process, url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{service} did not start")


async def python_load(url: str, seconds: float, concurrency: int, body: bytes | None) -> str:
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.monotonic() < stop:
            started = time.perf_counter()
            if body is None:
                response = await client.get(url)
            else:
                headers = {"content-type": "application/json"}
                response = await client.post(url, content=body, headers=headers)
            latencies.append(time.perf_counter() - started)
            errors += response.status_code >= 500

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    quantiles = statistics.quantiles(latencies, n=100)
    return (
        f"{len(latencies) / seconds:8.0f} req/s  p50 {quantiles[49] * 1000:6.1f} ms  "
        f"p99 {quantiles[98] * 1000:6.1f} ms  5xx {errors}  (python client)"
    )


def wrk_load(url: str, seconds: float, concurrency: int) -> str:
    result = subprocess.run(
        ["wrk", "-t1", f"-c{concurrency}", f"-d{int(seconds)}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line.strip() for line in result.stdout.splitlines()]
    rps = next(line for line in lines if line.startswith("Requests/sec"))
    p50 = next(line for line in lines if line.startswith("50%"))
    p99 = next(line for line in lines if line.startswith("99%"))
    return f"{rps}  p50 {p50.split()[-1]}  p99 {p99.split()[-1]}  (wrk)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--service", default="storage")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--post", help="also load POST to this path")
    parser.add_argument("--body", type=Path, help="JSON body for --post")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        process, base = start(args.service, Path(tmp))
        try:
            targets: list[tuple[str, bytes | None]] = [(f"{base}/health", None)]
            if args.post:
                targets.append((base + args.post, args.body.read_bytes() if args.body else b"{}"))
            for url, body in targets:
                if body is None and shutil.which("wrk"):
                    line = wrk_load(url, args.seconds, args.concurrency)
                else:
                    line = asyncio.run(python_load(url, args.seconds, args.concurrency, body))
                print(
                    f"{args.service:<12} {'POST' if body else 'GET '} {url[len(base) :]:<28} {line}"
                )
        finally:
            process.terminate()
            process.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
