"""Fixtures of the end-to-end tests: an emulated cluster seeded with shop/cart, the platform."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import kmock
import pytest

from .platform import Platform, RollingClusterEmulator, platform, seed_shop


@pytest.fixture
async def cluster() -> AsyncIterator[RollingClusterEmulator]:
    async with RollingClusterEmulator() as emulator, kmock.Server(emulator):
        emulator.declare()
        seed_shop(emulator)
        yield emulator


@pytest.fixture
async def kubernaut(tmp_path: Path, cluster: RollingClusterEmulator) -> AsyncIterator[Platform]:
    async with platform(tmp_path, cluster) as running_platform:
        yield running_platform
