"""``python -m tools.compat [RELEASED_DIR] [CURRENT_DIR]``: exit 1 on any breaking change.

Defaults: ``contracts/released`` (the last released specs) against ``generated/bundled``
(the current specs, bundled). A service without a released spec is not checked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from .checker import find_breaking_changes

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    released = Path(argv[0]) if argv else ROOT / "contracts" / "released"
    current = Path(argv[1]) if len(argv) > 1 else ROOT / "generated" / "bundled"
    failures = 0
    for old_path in sorted(released.glob("*.yaml")):
        new_path = current / old_path.name
        if not new_path.is_file():
            print(f"{old_path.stem}: BREAKING: the whole spec is gone ({new_path})")
            failures += 1
            continue
        old = yaml.safe_load(old_path.read_text("utf-8"))
        new = yaml.safe_load(new_path.read_text("utf-8"))
        changes = find_breaking_changes(old, new)
        for change in changes:
            print(f"{old_path.stem}: BREAKING {change}")
        if not changes:
            print(f"{old_path.stem}: compatible with {old['info']['version']}")
        failures += len(changes)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
