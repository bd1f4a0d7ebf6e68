"""Loading the action catalogue (contracts/actions/catalogue.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "contracts" / "actions" / "catalogue.yaml"


def load_catalogue(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Action name → catalogue entry (description, risk, mutating, parameters schema...)."""
    data = yaml.safe_load((path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
    return {str(entry["name"]): dict(entry) for entry in data.get("actions") or []}


def parameter_schemas(catalogue: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        name: dict(entry.get("parameters") or {"type": "object"})
        for name, entry in catalogue.items()
    }
