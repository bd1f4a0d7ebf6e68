#!/usr/bin/env python3
"""Bootstrap and run Kubernaut from a fresh clone with nothing but Python 3.11+.

    python3 dev.py up      # create .venv, install, start all ten services
    python3 dev.py test    # create .venv, install with dev extras, run every check and test

Extra arguments go to the command: ``python3 dev.py up --only gateway,alert``,
``python3 dev.py test -s tests`` (one nox session).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        raise SystemExit(f"Kubernaut needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not _python().exists():
        print(f"→ creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    marker = VENV / f".installed{extras}"
    stamp = (ROOT / "pyproject.toml").stat().st_mtime
    if marker.exists() and float(marker.read_text() or 0) >= stamp:
        return
    print(f"→ installing kubernaut{extras} (first run takes a minute or two)", flush=True)
    pip = [str(_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f".{extras}"], check=True, cwd=ROOT)
    marker.write_text(str(stamp))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("up", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.setdefault("PACT_DO_NOT_TRACK", "true")
    if command == "up":
        ensure_env("")
        args = [str(BIN / "kubernaut"), "up", *rest]
    else:
        ensure_env("[dev]")
        args = [str(_python()), "-m", "nox", *rest]
    try:
        return subprocess.run(args, cwd=ROOT, env=env).returncode
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
