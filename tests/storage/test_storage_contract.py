"""The running storage-service honours its own contract: the spec's examples are accepted
and answered as documented, and fuzzed requests never produce a 500 or an undocumented
status (Schemathesis, fixed seed, a few cases per operation)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test
from services.storage.app import create_app
from services.storage.settings import StorageSettings

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


async def run_schemathesis(spec: Path, url: str, cwd: Path) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        str(SCHEMATHESIS), "run", str(spec), "--url", url,
        "--phases", "examples,fuzzing", "-n", "3", "--seed", "1",
        # Opaque cursors and inverted time windows are schema-valid yet rightly refused (400).
        "--exclude-checks", "positive_data_acceptance",
        "--request-timeout", "20", "--no-color",
        cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        env={**os.environ, "PACT_DO_NOT_TRACK": "true"},
    )  # fmt: skip
    out, _ = await proc.communicate()
    return proc.returncode or 0, out.decode(errors="replace")


@pytest.mark.skipif(not SCHEMATHESIS.exists(), reason="schemathesis is not installed")
async def test_storage_answers_every_operation_as_its_spec_says(tmp_path: Path) -> None:
    app = create_app(settings_for_test(StorageSettings, tmp_path / "data"))
    async with running(app) as ep:
        code, output = await run_schemathesis(
            ROOT / "generated" / "bundled" / "storage.yaml", ep.api, tmp_path
        )
    assert code == 0, output[-4000:]
