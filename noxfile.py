"""Project automation. Runs in the current environment (``python dev.py test`` sets it up).

Sessions: lint, typecheck, specs, codegen, tests, contract. ``nox`` runs them all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["lint", "typecheck", "codegen", "tests", "contract"]
nox.options.error_on_external_run = False

CODE = ["kubernaut", "services", "tools", "tests", "noxfile.py", "dev.py"]
os.environ.setdefault("PACT_DO_NOT_TRACK", "true")
# Sessions reuse this interpreter's environment: find its tools (ruff, mypy, pytest) even
# when the venv is not activated (``.venv/bin/nox``).
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"


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
    """Specs validate and follow the conventions; generated/ matches them (regenerated in a
    temporary folder); every operation has a handler."""
    session.run("pytest", "tests/codegen", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, integration and end-to-end tests, on every core (``codegen`` and ``contract``
    have their own sessions)."""
    session.run(
        "pytest",
        "--ignore=tests/contract",
        "--ignore=tests/codegen",
        "-n",
        "auto",
        *session.posargs,
    )


@nox.session
def contract(session: nox.Session) -> None:
    """Contracts (tests/contract/README.md): Pact consumers then providers, drift, spec
    compatibility, then Schemathesis against all ten services (two workers)."""
    if not Path("tests/contract").is_dir():
        session.skip("no contract tests yet")
    env = {"PACT_DO_NOT_TRACK": "true"}
    failed = []
    # Consumers write pacts/*.json, then the providers verify them: one ordered run.
    for args in (
        ["tests/contract", "--ignore=tests/contract/schemathesis"],
        ["tests/contract/schemathesis", "-n", "2"],
    ):
        try:
            session.run("pytest", *args, *session.posargs, env=env)
        except nox.command.CommandFailed:  # run both halves, then report
            failed.append(" ".join(args))
    if failed:
        session.error(f"contract tests failed in: {', '.join(failed)}")
