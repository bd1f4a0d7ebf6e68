"""Removes secrets from any text that may reach a log line or an API answer."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

MASK = "***"
# Shapes of secrets even when we do not know the value (e.g. echoed back by a server).
_PATTERNS = (
    re.compile(r"xox[abposr]-[A-Za-z0-9-]+"),
    re.compile(r"(hooks\.slack\.com/services/)[^\s'\"]+"),
    re.compile(r"(webhook\.office\.com/)[^\s'\"]+"),
    re.compile(r"(logic\.azure\.com[^\s'\"]*?sig=)[^\s&'\"]+"),
    re.compile(r"(?i)(authorization:\s*bearer\s+)\S+"),
)


class Redactor:
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first so a secret containing another is masked whole; very short
        # values are ignored because masking them would shred ordinary text.
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
        return text


class RedactingFilter(logging.Filter):
    """Masks secrets in records of a third-party logger (httpx logs every request URL,
    and a webhook URL is a secret)."""

    def __init__(self, redactor: Callable[[], Callable[[str], str]]) -> None:
        super().__init__()
        self._redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._redactor()(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True
