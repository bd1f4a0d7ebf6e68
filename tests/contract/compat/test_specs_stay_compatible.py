"""Every current spec stays backward compatible with its last released version (seed §7.2).

The released versions are snapshots of the bundled specs in ``contracts/released/``;
a release copies ``generated/bundled/<svc>.yaml`` there (tests/contract/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kubernaut.runtime.ports import SERVICE_NAMES
from tools.compat import find_breaking_changes

ROOT = Path(__file__).resolve().parents[3]
RELEASED = ROOT / "contracts" / "released"
CURRENT = ROOT / "generated" / "bundled"


@pytest.mark.parametrize("service", SERVICE_NAMES)
def test_current_spec_is_backward_compatible_with_the_released_one(service: str) -> None:
    released = RELEASED / f"{service}.yaml"
    assert released.is_file(), f"no released spec for {service} in {RELEASED}"
    old = yaml.safe_load(released.read_text("utf-8"))
    new = yaml.safe_load((CURRENT / f"{service}.yaml").read_text("utf-8"))
    breaking = find_breaking_changes(old, new)
    assert not breaking, (
        f"{service} {new['info']['version']} breaks clients of {old['info']['version']}:\n"
        + "\n".join(f"  {b}" for b in breaking)
        + "\nRestore compatibility, or release a new major version of the API."
    )
