"""Reading the catalogue and the rules files (YAML) into domain objects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..domain.catalogue import Catalogue, CatalogueError
from ..domain.rules import RuleError, RuleSet


def _load_yaml(path: Path, what: str) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FileNotFoundError(f"cannot read the {what} {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"the {what} {path} is not valid YAML: {exc}") from exc


def load_catalogue(path: Path) -> Catalogue:
    try:
        return Catalogue.from_document(_load_yaml(path, "action catalogue"))
    except CatalogueError as exc:
        raise CatalogueError(f"{path}: {exc}") from exc


def load_rules(builtin: Path, user: Path | None, catalogue: Catalogue) -> RuleSet:
    """Built-in rules plus the user's file (first); fails loudly on any mistake, so a
    typo in a rule stops the service at start-up instead of silently never matching."""
    builtin_doc = _load_yaml(builtin, "built-in rules")
    user_doc = _load_yaml(user, "rules file") if user else None
    if user_doc is not None and not isinstance(user_doc, dict):
        raise RuleError(f"{user}: the rules file must be a mapping with a 'rules' list")
    try:
        rules = RuleSet.combine(user_doc, builtin_doc)
        rules.check_against(catalogue)
    except RuleError as exc:
        raise RuleError(f"{user or builtin}: {exc}") from exc
    return rules
