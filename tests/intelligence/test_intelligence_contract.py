"""The running intelligence-service (on a real storage-service) honours its contract:
examples accepted, fuzzed requests never answered with a 500 or an undocumented status."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from kubernaut.runtime.server import running
from kubernaut.runtime.testing import settings_for_test, upstreams_for
from services.intelligence.app import create_app as create_intelligence
from services.intelligence.settings import IntelligenceSettings
from services.storage.app import create_app as create_storage
from services.storage.settings import StorageSettings

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


@pytest.mark.skipif(not SCHEMATHESIS.exists(), reason="schemathesis is not installed")
async def test_intelligence_answers_every_operation_as_its_spec_says(tmp_path: Path) -> None:
    async with running(create_storage(settings_for_test(StorageSettings, tmp_path / "s"))) as st:
        settings = settings_for_test(
            IntelligenceSettings,
            tmp_path / "i",
            upstreams=upstreams_for({"storage": st.api}),
            recompute_interval_seconds=0,
        )
        async with running(create_intelligence(settings)) as ep:
            proc = await asyncio.create_subprocess_exec(
                str(SCHEMATHESIS), "run", str(ROOT / "generated" / "bundled" / "intelligence.yaml"),
                "--url", ep.api, "--phases", "examples,fuzzing", "-n", "5", "--seed", "1",
                # An opaque cursor that storage never issued is schema-valid yet refused (400).
                "--exclude-checks", "positive_data_acceptance",
                "--request-timeout", "20", "--no-color",
                cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
                env={**os.environ, "PACT_DO_NOT_TRACK": "true"},
            )  # fmt: skip
            out, _ = await proc.communicate()
    assert proc.returncode == 0, out.decode(errors="replace")[-4000:]
