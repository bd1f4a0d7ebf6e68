"""``python -m tools.codegen [SERVICE ...] [--check]`` — regenerate or verify ``generated/``."""

from __future__ import annotations

import argparse
import sys

from .pipeline import ROOT, check, generate, service_names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.codegen", description=__doc__)
    parser.add_argument("services", nargs="*", help="services to regenerate (default: all)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail on any difference or missing handler",
    )
    args = parser.parse_args(argv)
    names = args.services or service_names()
    unknown = sorted(set(names) - set(service_names()))
    if unknown:
        parser.error(f"no spec for: {', '.join(unknown)}")
    if args.check:
        problems = check(names)
        for problem in problems:
            print(f"✗ {problem}", file=sys.stderr)
        if problems:
            print("Run `python -m tools.codegen` and commit the result.", file=sys.stderr)
            return 1
        print(
            f"✓ generated/ is up to date and every operation has a handler ({len(names)} services)"
        )
        return 0
    for name in names:
        generate(name, ROOT / "generated")
        print(f"✓ {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
