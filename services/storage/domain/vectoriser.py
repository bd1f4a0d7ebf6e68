"""A fast, dependency-free alert vectoriser: hashed word and character n-grams.

Why hashing: it needs no vocabulary, no training and no model download, so a fresh
install can answer similarity queries immediately; the signed hashing trick keeps
collisions from systematically inflating similarity.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

SparseVector = dict[int, float]

# Labels whose values identify one replica/scrape rather than the incident; they would
# make two occurrences of the same problem look different.
VOLATILE_LABELS = frozenset(
    {"pod", "pod_name", "instance", "endpoint", "container_id", "uid", "job", "prometheus"}
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")


@dataclass(frozen=True)
class AlertText:
    """The parts of an alert that describe what is wrong and where."""

    name: str
    namespace: str = ""
    resource: str = ""
    kind: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)


class Vectoriser(Protocol):
    """Turns an alert into a vector whose cosine reflects incident similarity."""

    name: str
    dim: int

    def embed(self, alert: AlertText) -> SparseVector: ...


def words(text: str) -> list[str]:
    """Lower-case words, with CamelCase split (HighMemoryUsage → high memory usage)."""
    return [w.lower() for w in _WORD.findall(_CAMEL.sub(" ", text))]


def _char_ngrams(text: str, n: int = 3) -> list[str]:
    padded = f" {text.lower()} "
    return [padded[i : i + n] for i in range(max(0, len(padded) - n + 1))]


class HashedNgramVectoriser:
    """Weighted bag of hashed features, L2-normalised.

    Weights favour the alert name (what is wrong) over labels and annotations
    (where and details); names of different alerts still share character n-grams,
    so "HighMemoryUsage" is closer to "MemoryPressure" than to "DiskFull".
    """

    name = "hashed-ngrams-v1"

    def __init__(self, dim: int = 512) -> None:
        if dim < 16:
            raise ValueError("dim must be at least 16")
        self.dim = dim

    def features(self, alert: AlertText) -> list[tuple[str, float]]:
        feats: list[tuple[str, float]] = [(f"name={alert.name.lower()}", 4.0)]
        feats += [(f"nw={w}", 2.0) for w in words(alert.name)]
        feats += [(f"nc={g}", 0.5) for g in _char_ngrams(alert.name)]
        if alert.kind:
            feats.append((f"kind={alert.kind.lower()}", 1.0))
        if alert.namespace:
            feats.append((f"ns={alert.namespace}", 1.0))
        if alert.resource:
            feats.append((f"res={alert.resource}", 1.5))
            feats += [(f"rw={w}", 0.5) for w in words(alert.resource)]
        for key, value in sorted(alert.labels.items()):
            if key in VOLATILE_LABELS or key == "alertname":
                continue
            feats.append((f"l:{key}={value}", 1.0))
        for key, value in sorted(alert.annotations.items()):
            feats += [(f"aw={w}", 0.3) for w in words(value)[:64]]
            feats.append((f"ak={key}", 0.2))
        return feats

    def embed(self, alert: AlertText) -> SparseVector:
        vec: SparseVector = {}
        for token, weight in self.features(alert):
            digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
            value = int.from_bytes(digest, "big")
            index = value % self.dim
            sign = 1.0 if (value >> 63) & 1 == 0 else -1.0
            vec[index] = vec.get(index, 0.0) + sign * weight
        return normalise(vec)


def normalise(vec: SparseVector) -> SparseVector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0.0:
        return {}
    return {i: v / norm for i, v in vec.items() if v != 0.0}


def cosine(a: SparseVector, b: SparseVector) -> float:
    """Cosine of two normalised sparse vectors, clamped to [0, 1]."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(i, 0.0) for i, v in a.items())
    return min(1.0, max(0.0, dot))


def to_dense(vec: SparseVector, dim: int) -> list[float]:
    dense = [0.0] * dim
    for i, v in vec.items():
        dense[i] = v
    return dense


def encode_sparse(vec: SparseVector) -> list[list[float]]:
    """JSON-friendly form: [[index, weight], ...] sorted by index."""
    return [[float(i), round(v, 7)] for i, v in sorted(vec.items())]


def decode_sparse(data: object) -> SparseVector:
    if not isinstance(data, list):
        return {}
    out: SparseVector = {}
    for pair in data:
        if isinstance(pair, list) and len(pair) == 2:
            out[int(pair[0])] = float(pair[1])
    return out
