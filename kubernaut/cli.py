"""The ``kubernaut`` command: ``up``, ``serve``, ``status``.

``up`` starts services as child processes (the way containers would run them) and shows
their progress until every one is healthy; ``serve`` runs one service in the foreground;
``status`` prints a table of every service's health.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import time

import httpx
from rich.console import Console
from rich.live import Live
from rich.table import Table

from kubernaut import __version__
from kubernaut.runtime.ports import SERVICE_NAMES
from kubernaut.runtime.settings import base_settings

console = Console(stderr=True)
STATUS_STYLES = {"healthy": "green", "degraded": "yellow", "unhealthy": "red", "down": "red"}


def _services(only: str | None) -> list[str]:
    if not only:
        return list(SERVICE_NAMES)
    names = [n.strip() for n in only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SERVICE_NAMES]
    if unknown:
        raise SystemExit(
            f"unknown service(s): {', '.join(unknown)}; known: {', '.join(SERVICE_NAMES)}"
        )
    return names


def _styled(status: str) -> str:
    return f"[{STATUS_STYLES.get(status, 'white')}]{status}[/]"


# --- serve -----------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    from kubernaut.runtime import logging as klogging
    from kubernaut.runtime.server import serve_forever
    from kubernaut.services import app_factory

    app = app_factory(args.service)()
    settings = app.runtime.settings
    klogging.configure(args.service, settings.log_level, settings.log_format)

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve_forever(app, stop)

    asyncio.run(run())
    return 0


# --- up --------------------------------------------------------------------------------


def _progress_table(supervisor: object, elapsed: float) -> Table:
    from kubernaut.supervisor import Supervisor

    assert isinstance(supervisor, Supervisor)
    table = Table(title=f"Kubernaut {__version__} — starting ({elapsed:.1f}s)", expand=False)
    table.add_column("service")
    table.add_column("API")
    table.add_column("state")
    for child in supervisor.children:
        settings = base_settings(child.name)
        state = "healthy" if child.healthy else child.detail
        table.add_row(child.name, f"http://{settings.host}:{settings.port}", _styled(state))
    return table


def cmd_up(args: argparse.Namespace) -> int:
    from kubernaut.supervisor import Supervisor

    names = _services(args.only)
    data_dir = base_settings(names[0]).data_dir
    supervisor = Supervisor(names, data_dir / "logs")
    busy = supervisor.busy_ports()
    if busy:
        console.print("[red]Cannot start: ports already in use:[/] " + ", ".join(busy))
        console.print("Stop what uses them, or set KUBERNAUT_<SERVICE>_PORT (see README).")
        return 1
    started = time.monotonic()
    supervisor.start()
    try:
        with httpx.Client() as client, Live(console=console, refresh_per_second=8) as live:
            while True:
                supervisor.poll(client)
                live.update(_progress_table(supervisor, time.monotonic() - started))
                if supervisor.all_healthy() or supervisor.failed():
                    break
                if time.monotonic() - started > args.timeout:
                    break
                time.sleep(0.2)
        failed = supervisor.failed()
        if failed or not supervisor.all_healthy():
            for child in failed or [c for c in supervisor.children if not c.healthy]:
                console.print(f"[red]✗ {child.name}: {child.detail}[/] — last log lines:")
                console.print(child.tail(), markup=False, highlight=False)
            supervisor.stop()
            return 1
        elapsed = time.monotonic() - started
        console.print(
            f"[green]✓ {len(names)} services healthy in {elapsed:.1f}s.[/] "
            f"Logs in {supervisor.log_dir}/. Point Alertmanager at "
            f"http://127.0.0.1:{base_settings('gateway').port}/alerts. Ctrl-C stops everything."
        )
        while not supervisor.failed():
            time.sleep(0.5)
        for child in supervisor.failed():
            console.print(f"[red]✗ {child.name} stopped unexpectedly[/] — last log lines:")
            console.print(child.tail(), markup=False, highlight=False)
        return 1
    except KeyboardInterrupt:
        console.print("\nStopping…")
        return 0
    finally:
        supervisor.stop()
        console.print("All services stopped.")


# --- status ----------------------------------------------------------------------------


async def _fetch_health(name: str) -> tuple[str, str, dict[str, object] | None]:
    from kubernaut.runtime.ports import display_name

    settings = base_settings(name)
    url = settings.upstreams.url(name)
    module = __import__(f"generated.clients.{name}.api.health.get_health", fromlist=["x"])
    client_module = __import__(f"generated.clients.{name}", fromlist=["Client"])
    client = client_module.Client(base_url=url, timeout=httpx.Timeout(2.0))
    try:
        async with client:
            response = await module.asyncio_detailed(
                client=client, x_service_name=display_name("cli")
            )
    except httpx.HTTPError:
        return name, url, None
    data = response.parsed.to_dict() if response.parsed is not None else None
    return name, url, data


async def _gather_health(names: list[str]) -> list[tuple[str, str, dict[str, object] | None]]:
    return list(await asyncio.gather(*(_fetch_health(n) for n in names)))


def _component_summary(components: dict[str, object]) -> str:
    """ "5/6 ok; kubernetes=disabled": the count, then only what needs a look."""
    quiet = ("healthy", "unknown")
    ok = sum(1 for state in components.values() if state == "healthy")
    notable = [f"{name}={state}" for name, state in components.items() if state not in quiet]
    head = f"{ok}/{len(components)} healthy" if components else "-"
    return "; ".join([head, *notable])


def cmd_status(args: argparse.Namespace) -> int:
    names = _services(args.only)
    results = asyncio.run(_gather_health(names))
    table = Table(title="Kubernaut services")
    for column in ("service", "URL", "status", "version", "uptime"):
        table.add_column(column, no_wrap=True)
    table.add_column("components")
    down = 0
    for name, url, body in results:
        if body is None:
            down += 1
            table.add_row(name, url, _styled("down"), "-", "-", "-")
            continue
        components = body.get("components") or {}
        assert isinstance(components, dict)
        summary = _component_summary(components)
        status = str(body.get("status"))
        if status == "unhealthy":
            down += 1
        row = (str(body.get("version")), str(body.get("uptime")), summary)
        table.add_row(name, url, _styled(status), *row)
    Console().print(table)
    return 1 if down else 0


# --- entry point -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kubernaut",
        description="Kubernaut: alerts in, safe Kubernetes remediation out.",
    )
    parser.add_argument("--version", action="version", version=f"kubernaut {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start services and wait until all are healthy")
    up.add_argument("--only", help="comma-separated services to start (default: all ten)")
    up.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for health")
    up.set_defaults(func=cmd_up)
    serve = sub.add_parser("serve", help="run one service in the foreground")
    serve.add_argument("service", choices=SERVICE_NAMES)
    serve.set_defaults(func=cmd_serve)
    status = sub.add_parser("status", help="show the health of every service")
    status.add_argument("--only", help="comma-separated services to query")
    status.set_defaults(func=cmd_status)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "up":
        with contextlib.suppress(KeyboardInterrupt):
            return int(args.func(args))
        return 0
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
