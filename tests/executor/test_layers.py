"""Layering: only the adapters see the Kubernetes client; the domain does no I/O."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "services" / "executor"
VENDOR = ("kubernetes", "urllib3")
IO = ("kubernetes", "urllib3", "httpx", "sqlalchemy", "asyncio", "aiohttp", "socket")


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            found.add(("." * node.level) + (node.module or ""))
    return found


def test_only_adapters_import_the_kubernetes_client() -> None:
    leaking = {
        str(path.relative_to(PACKAGE)): sorted(i for i in imports(path) if i.startswith(VENDOR))
        for path in PACKAGE.rglob("*.py")
        if "adapters" not in path.parts
    }
    assert {k: v for k, v in leaking.items() if v} == {}


def test_the_domain_is_pure() -> None:
    offending = {}
    for path in (PACKAGE / "domain").glob("*.py"):
        bad = sorted(
            i for i in imports(path) if i.startswith(IO) or i.startswith("..") or "adapters" in i
        )
        if bad:
            offending[path.name] = bad
    assert offending == {}
