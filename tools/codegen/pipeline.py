"""The generation pipeline: bundle → models → client → stubs, and the drift check."""

from __future__ import annotations

import filecmp
import importlib
import inspect
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from . import stubs
from .bundle import bundle, dump

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "contracts" / "openapi"
CLIENT_CONFIG = Path(__file__).with_name("client-config.yaml")
IGNORED = {".ruff_cache", "__pycache__", ".gitignore"}
PACKAGE_DOCS = {
    "": "Code generated from contracts/openapi by tools.codegen. Never edit by hand.",
    "models": "Pydantic v2 models, one module per service (datamodel-code-generator).",
    "clients": "Typed httpx clients, one package per service (openapi-python-client).",
    "stubs": "Handler Protocols and routing tables, one module per service.",
}
DATAMODEL_FLAGS = [
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--target-python-version", "3.11",
    "--enum-field-as-literal", "all",
    "--use-double-quotes",
    "--disable-timestamp",
    "--use-schema-description",
    "--formatters", "ruff-format", "ruff-check",
]  # fmt: skip


def service_names() -> list[str]:
    return sorted(p.stem for p in SPECS.glob("*.yaml") if p.stem != "common")


def _tool_env() -> dict[str, str]:
    # Tools are run from this interpreter's environment so a venv works without activation.
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _run(args: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(args, capture_output=True, text=True, env=_tool_env(), cwd=cwd)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])} failed:\n{result.stdout}\n{result.stderr}")


def _write_packages(out: Path) -> None:
    for sub, doc in PACKAGE_DOCS.items():
        package = out / sub
        package.mkdir(parents=True, exist_ok=True)
        (package / "__init__.py").write_text(f'"""{doc}"""\n', encoding="utf-8")


def generate(name: str, out: Path) -> None:
    """Regenerate every artefact of service ``name`` under ``out``."""
    _write_packages(out)
    bundled = out / "bundled" / f"{name}.yaml"
    bundled.parent.mkdir(parents=True, exist_ok=True)
    spec = bundle(SPECS / f"{name}.yaml")
    bundled.write_text(dump(spec), encoding="utf-8")

    model_file = out / "models" / f"{name}.py"
    _run(
        [
            "datamodel-codegen",
            "--input",
            str(bundled),
            "--output",
            str(model_file),
            *DATAMODEL_FLAGS,
        ]
    )
    shutil.rmtree(out / "models" / ".ruff_cache", ignore_errors=True)

    client_dir = out / "clients" / name
    shutil.rmtree(client_dir, ignore_errors=True)
    _run(
        [
            "openapi-python-client", "generate",
            "--path", str(bundled),
            "--meta", "none",
            "--output-path", str(client_dir),
            "--config", str(CLIENT_CONFIG),
            "--fail-on-warning",
            "--overwrite",
        ],
        cwd=out,
    )  # fmt: skip
    shutil.rmtree(client_dir / ".ruff_cache", ignore_errors=True)

    stub_file = out / "stubs" / f"{name}.py"
    stub_file.write_text(stubs.render(name, spec), encoding="utf-8")
    _run(["ruff", "format", "--quiet", "--isolated", "--line-length", "100", str(stub_file)])


def _tree(root: Path) -> set[Path]:
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)
    }


def _diff(expected: Path, actual: Path, names: list[str]) -> list[str]:
    problems = []
    scopes = [Path("__init__.py"), *(Path(s) / "__init__.py" for s in PACKAGE_DOCS if s)]
    for name in names:
        scopes += [
            Path("bundled") / f"{name}.yaml",
            Path("models") / f"{name}.py",
            Path("stubs") / f"{name}.py",
        ]
    want = {p for p in _tree(expected) if p in scopes or _in_clients(p, names)}
    have = {p for p in _tree(actual) if p in scopes or _in_clients(p, names)}
    for missing in sorted(want - have):
        problems.append(f"generated/{missing} is missing")
    for extra in sorted(have - want):
        problems.append(f"generated/{extra} is not produced by the specs any more")
    for common in sorted(want & have):
        if not filecmp.cmp(expected / common, actual / common, shallow=False):
            problems.append(f"generated/{common} differs from what the spec produces")
    return problems


def _in_clients(path: Path, names: list[str]) -> bool:
    return len(path.parts) > 2 and path.parts[0] == "clients" and path.parts[1] in names


def missing_handlers(name: str) -> list[str]:
    """Operations of service ``name`` whose ``Handlers`` class has no matching method."""
    stub = importlib.import_module(f"generated.stubs.{name}")
    try:
        handlers = importlib.import_module(f"services.{name}.handlers").Handlers
    except (ImportError, AttributeError) as exc:
        return [f"services/{name}/handlers.py has no Handlers class ({exc})"]
    protocol = getattr(stub, stubs.protocol_name(name))
    problems = []
    for op in stub.OPERATIONS.values():
        method = getattr(handlers, op.handler, None)
        declared = getattr(protocol, op.handler)
        if method is None or method is declared:
            problems.append(f"{name}: operation {op.operation_id} has no handler {op.handler}()")
        elif not inspect.iscoroutinefunction(method):
            problems.append(f"{name}: handler {op.handler}() must be async")
        elif list(inspect.signature(method).parameters) != list(
            inspect.signature(declared).parameters
        ):
            problems.append(f"{name}: handler {op.handler}() parameters differ from the stub")
    return problems


def check(names: list[str]) -> list[str]:
    problems: list[str] = []
    # Inside the repository so the formatters read the same configuration as for generated/.
    with tempfile.TemporaryDirectory(prefix=".codegen-check-", dir=ROOT) as tmp:
        out = Path(tmp) / "generated"
        for name in names:
            try:
                generate(name, out)
            except Exception as exc:  # report every service, not just the first failure
                problems.append(f"{name}: generation failed: {exc}")
        problems += _diff(out, ROOT / "generated", names)
    for name in names:
        problems += missing_handlers(name)
    return problems


def load_bundled(name: str) -> dict[str, object]:
    data = yaml.safe_load((ROOT / "generated" / "bundled" / f"{name}.yaml").read_text("utf-8"))
    assert isinstance(data, dict)
    return data
