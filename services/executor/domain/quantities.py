"""Kubernetes resource quantities ("500m", "512Mi", "1.5Gi", "2") as exact decimals."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal

_SUFFIXES: dict[str, Decimal] = {
    "": Decimal(1),
    "m": Decimal("0.001"),
    "k": Decimal(10) ** 3,
    "K": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "G": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
    "P": Decimal(10) ** 15,
    "Ki": Decimal(2) ** 10,
    "Mi": Decimal(2) ** 20,
    "Gi": Decimal(2) ** 30,
    "Ti": Decimal(2) ** 40,
    "Pi": Decimal(2) ** 50,
}
_QUANTITY = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(m|k|K|M|G|T|P|Ki|Mi|Gi|Ti|Pi)?$")


def parse_quantity(text: str) -> Decimal:
    """The value in base units (cores or bytes); ValueError on anything else."""
    match = _QUANTITY.match(str(text).strip())
    if not match:
        raise ValueError(f"not a Kubernetes quantity: {text!r}")
    number, suffix = match.group(1), match.group(2) or ""
    return Decimal(number) * _SUFFIXES[suffix]


def format_cpu(cores: Decimal) -> str:
    """CPU in millicores, rounded up ("1500m"); whole cores as plain numbers ("2")."""
    millis = (cores * 1000).to_integral_value(rounding=ROUND_CEILING)
    if millis % 1000 == 0:
        return str(int(millis // 1000))
    return f"{int(millis)}m"


def format_memory(size: Decimal) -> str:
    """Bytes in the largest binary unit that keeps an integer, rounding up to Mi."""
    mib = (size / _SUFFIXES["Mi"]).to_integral_value(rounding=ROUND_CEILING)
    if mib % 1024 == 0:
        return f"{int(mib // 1024)}Gi"
    return f"{int(mib)}Mi"


def format_storage(size: Decimal) -> str:
    """Storage rounded up to whole Gi (volume provisioners allocate in Gi)."""
    gib = (size / _SUFFIXES["Gi"]).to_integral_value(rounding=ROUND_CEILING)
    return f"{int(gib)}Gi"
