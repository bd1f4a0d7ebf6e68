"""Opening the database at start-up (retrying while it is unreachable) and the purge loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy.exc import InterfaceError, OperationalError

from kubernaut.runtime.db import sqlite_url
from kubernaut.runtime.errors import ServiceUnavailable
from kubernaut.runtime.health import ComponentState
from services.storage.adapters.repository import (
    Repository,
    RepositoryOptions,
    open_repository,
    purge_forever,
)
from services.storage.settings import StorageSettings

log = logging.getLogger(__name__)
# Errors that mean "the database is not reachable (yet)", worth retrying; anything else
# (a broken migration, a bad URL) fails the start-up loudly.
UNREACHABLE = (OperationalError, InterfaceError, OSError)


class StorageLifecycle:
    def __init__(self, settings: StorageSettings) -> None:
        self.settings = settings
        self._repo: Repository | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self.last_error: str | None = None

    def options(self) -> RepositoryOptions:
        url = self.settings.database_url
        if not url:
            self.settings.service_dir.mkdir(parents=True, exist_ok=True)
            url = sqlite_url(self.settings.service_dir / "storage.db")
        return RepositoryOptions(
            database_url=url,
            db_schema=self.settings.db_schema,
            vector_index=self.settings.vector_index,
            vectoriser=self.settings.vectoriser,
            vector_dim=self.settings.vector_dim,
            run_migrations=self.settings.run_migrations,
        )

    async def start(self) -> None:
        """Open now if possible; otherwise keep serving (503s, unhealthy) and retry."""
        try:
            await self._open()
        except UNREACHABLE as exc:
            self.last_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            log.warning("database unreachable, retrying in the background: %s", self.last_error)
            self._tasks.append(asyncio.create_task(self._open_forever()))

    async def _open(self) -> None:
        self._repo = await open_repository(self.options())
        self.last_error = None
        if self.settings.retention_days > 0 or self.settings.audit_retention_days > 0:
            self._tasks.append(
                asyncio.create_task(
                    purge_forever(
                        self._repo,
                        interval_seconds=self.settings.purge_interval_seconds,
                        retention_days=self.settings.retention_days,
                        audit_days=self.settings.audit_retention_days,
                    )
                )
            )

    async def _open_forever(self) -> None:
        delay = self.settings.connect_retry_seconds
        while self._repo is None:
            await asyncio.sleep(delay)
            try:
                await self._open()
            except UNREACHABLE as exc:
                self.last_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                delay = min(delay * 2, 30.0)
        log.info("database reachable again")

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._repo is not None:
            await self._repo.close()

    @property
    def repo(self) -> Repository:
        if self._repo is None:
            raise ServiceUnavailable(
                "storage database is unavailable",
                {"service": "storage-service", "retry_after": "5s", "reason": self.last_error},
            )
        return self._repo

    async def state(self) -> ComponentState:
        if self._repo is None:
            return "unavailable"
        return "healthy" if await self._repo.ping() else "unhealthy"
