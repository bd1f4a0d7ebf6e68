"""The routing file on disk, reloaded when its modification time changes."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import yaml

from ..domain.config import RoutingConfig, default_config, parse_routing_config
from ..domain.routing import RoutingError

log = logging.getLogger(__name__)


def _read_text(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def load_routing_file(path: Path) -> RoutingConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RoutingError(f"cannot read {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        # Only the problem and its position: the YAML error's snippet of the offending line
        # could contain a secret.
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or "syntax error"
        raise RoutingError(f"{path} is not valid YAML: {problem}{where}") from None
    return parse_routing_config(data, source=str(path), read_file=_read_text, getenv=os.getenv)


class RoutingSource:
    """Holds the configuration in force. `check()` is cheap (one stat at most every
    `check_interval` seconds) and is called before every routing decision, so an edited
    file takes effect without a restart. A broken edit keeps the previous configuration."""

    def __init__(
        self,
        path: Path | None,
        *,
        default_file_sink: str,
        check_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._check_interval = check_interval
        self._clock = clock
        self._last_check = clock()
        self.reloads = 0
        self.rejected = 0
        self.version = 0
        self.last_error: str | None = None
        self.loaded_at = datetime.now(UTC)
        if path is None:
            self.config = default_config(default_file_sink)
            self._stamp: tuple[float, int] | None = None
        else:
            # An invalid file at start-up is fatal: better than running with no routes.
            self._stamp = self._stat()
            self.config = load_routing_file(path)

    def _stat(self) -> tuple[float, int] | None:
        assert self.path is not None
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime, st.st_size)

    def check(self) -> bool:
        """Reload if the file changed; True when a new configuration took effect."""
        if self.path is None:
            return False
        now = self._clock()
        if now - self._last_check < self._check_interval:
            return False
        self._last_check = now
        stamp = self._stat()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        return self.reload()

    def reload(self) -> bool:
        if self.path is None:
            return False
        self._stamp = self._stat()
        try:
            config = load_routing_file(self.path)
        except RoutingError as exc:
            self.last_error = str(exc)
            self.rejected += 1
            log.error("routing file %s rejected, keeping the previous routing: %s", self.path, exc)
            return False
        self.config = config
        self.reloads += 1
        self.version += 1
        self.last_error = None
        self.loaded_at = datetime.now(UTC)
        log.info("routing file %s reloaded", self.path)
        return True
