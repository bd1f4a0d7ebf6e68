"""The small interfaces the ai-service's application layer depends on.

Adapters implement them: LLM providers (``adapters/llm``) and the history sources
(``adapters/history``: storage-service and intelligence-service through the generated
clients). Tests use real implementations against local HTTP servers.
"""

from __future__ import annotations

from typing import Protocol

from .domain.models import HistoryView
from .domain.prompt import Prompt


class LlmError(Exception):
    """The provider could not give an answer (network, HTTP error, unexpected body)."""


class ChatModel(Protocol):
    """One LLM provider speaking its own wire protocol."""

    @property
    def provider(self) -> str: ...

    @property
    def model(self) -> str: ...

    async def complete(self, prompt: Prompt) -> str:
        """The text of the model's answer; raises ``LlmError`` when there is none."""
        ...

    async def aclose(self) -> None: ...


class HistorySource(Protocol):
    """Past actions on a target and action statistics. Never raises: an unreachable
    source is reported inside the ``HistoryView`` (``records``/``statistics`` = None)."""

    async def fetch(
        self,
        *,
        alert_name: str,
        namespace: str | None,
        resource: str | None,
        kind: str | None,
    ) -> HistoryView: ...
