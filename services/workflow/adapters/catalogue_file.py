"""Reads the action catalogue file; falls back to the built-in table when it is absent."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml

from services.workflow.domain.catalogue import Catalogue

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "contracts" / "actions" / "catalogue.yaml"


def load_catalogue(path: Path | None) -> Catalogue:
    target = path or DEFAULT_PATH
    try:
        # the C loader when available: the catalogue is large and parsed at every start
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(target.read_text(encoding="utf-8"), Loader=loader)
    except FileNotFoundError:
        if path is not None:
            raise  # an explicitly configured file must exist
        log.warning("action catalogue %s not found; using the built-in table", target)
        return Catalogue.fallback()
    if not isinstance(document, dict):
        raise ValueError(f"{target}: the catalogue must be a YAML mapping")
    return Catalogue.from_document(document, source=str(target))
