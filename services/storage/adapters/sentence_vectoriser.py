"""Optional vectoriser backed by a sentence-transformers model (extra: `embeddings`).

Install `sentence-transformers` and set KUBERNAUT_STORAGE_VECTORISER to
`sentence-transformers:<model>` (e.g. all-MiniLM-L6-v2). Vectors are dense; the
built-in index stores them sparse (all dimensions) and pgvector is not used
because its column is sized for the built-in 512-dimension vectoriser.
"""

from __future__ import annotations

from typing import Any

from services.storage.domain.vectoriser import AlertText, SparseVector, normalise


class SentenceVectoriser:
    def __init__(self, model_name: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise RuntimeError(
                "vectoriser 'sentence-transformers:...' needs `pip install sentence-transformers`"
            ) from exc
        self._model: Any = SentenceTransformer(model_name)
        self.name = f"sentence-transformers:{model_name}"
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def embed(self, alert: AlertText) -> SparseVector:  # pragma: no cover - optional extra
        labels = " ".join(f"{k}={v}" for k, v in sorted(alert.labels.items()))
        notes = " ".join(alert.annotations.values())
        text = f"{alert.name} {alert.kind} {alert.namespace}/{alert.resource} {labels} {notes}"
        dense = self._model.encode([text])[0]
        return normalise({i: float(v) for i, v in enumerate(dense)})
