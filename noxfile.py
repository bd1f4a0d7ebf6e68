"""Project automation. Runs in the current environment (``python dev.py test`` sets it up).

Sessions: lint, typecheck, specs, codegen, tests, contract. ``nox`` runs them all.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["lint", "typecheck", "codegen", "tests", "contract"]
nox.options.error_on_external_run = False

CODE = ["kubernaut", "services", "tools", "tests", "noxfile.py", "dev.py"]
os.environ.setdefault("PACT_DO_NOT_TRACK", "true")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: style, imports, common bugs."""
    session.run("ruff", "check", *CODE)
    session.run("ruff", "format", "--check", *CODE)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on our code (generated code is checked by its consumers)."""
    session.run("mypy", "kubernaut", "services", "tools")


@nox.session
def codegen(session: nox.Session) -> None:
    """Specs validate; generated/ matches them; every operation has a handler."""
    session.run("python", "-m", "tools.codegen", "--check")


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, integration and end-to-end tests (contract tests excluded: see ``contract``)."""
    session.run("pytest", "--ignore=tests/contract", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Pact consumer/provider tests and Schemathesis against every service."""
    if not Path("tests/contract").is_dir():
        session.skip("no contract tests yet")
    session.run("pytest", "tests/contract", *session.posargs)
