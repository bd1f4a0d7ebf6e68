"""Where our code calls another service: found by reading the source, not by running it.

A call is an import of a generated client operation module
(``from generated.clients.<provider>.api.<tag> import <operation>``) in ``services/<consumer>``.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SERVICES = ROOT / "services"
CLIENTS = ROOT / "generated" / "clients"


@dataclass(frozen=True, order=True)
class ClientCall:
    consumer: str
    provider: str
    module: str  # the generated module = snake_case operationId
    source: str  # file:line of the import

    def generated_file(self) -> Path:
        tag_and_module = self.module.replace(".", "/")
        return CLIENTS / self.provider / "api" / f"{tag_and_module}.py"

    def method_and_path(self) -> tuple[str, str]:
        """The HTTP method and path template the generated function requests."""
        text = self.generated_file().read_text("utf-8")
        method = re.search(r'"method": "(\w+)"', text)
        url = re.search(r'"url": (?:f?)"([^"]+)"', text)
        if not method or not url:
            raise ValueError(f"{self.generated_file()}: cannot read method/url")
        return method.group(1).upper(), url.group(1)


def client_calls() -> list[ClientCall]:
    found: set[ClientCall] = set()
    for path in sorted(SERVICES.glob("*/**/*.py")):
        consumer = path.relative_to(SERVICES).parts[0]
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            parts = node.module.split(".")
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            # from generated.clients.<provider>.api.<tag> import <operation>
            if parts[:2] == ["generated", "clients"] and len(parts) == 5 and parts[3] == "api":
                for alias in node.names:
                    found.add(ClientCall(consumer, parts[2], f"{parts[4]}.{alias.name}", where))
            # from generated.clients.<provider>.api import <tag>  (module.function use)
            elif parts[:2] == ["generated", "clients"] and len(parts) == 4 and parts[3] == "api":
                for alias in node.names:
                    for module in sorted((CLIENTS / parts[2] / "api" / alias.name).glob("*.py")):
                        if module.stem != "__init__":
                            found.add(
                                ClientCall(consumer, parts[2], f"{alias.name}.{module.stem}", where)
                            )
    return sorted(found)
