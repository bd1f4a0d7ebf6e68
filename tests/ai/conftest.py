"""Shared fixtures of the ai-service tests: the real catalogue and built-in rules."""

from __future__ import annotations

import pytest

from services.ai.adapters.files import load_catalogue, load_rules
from services.ai.domain.catalogue import Catalogue
from services.ai.domain.rules import RuleEngine
from services.ai.settings import BUILTIN_RULES, DEFAULT_CATALOGUE


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(DEFAULT_CATALOGUE)


@pytest.fixture(scope="session")
def engine(catalogue: Catalogue) -> RuleEngine:
    return RuleEngine(load_rules(BUILTIN_RULES, None, catalogue), catalogue)
