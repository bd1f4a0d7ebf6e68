"""The audit trail as a durable outbox: send at once, replay what storage could not take."""

from __future__ import annotations

import asyncio
import logging

from .domain.audit import audit_entry, changed_cluster
from .domain.errors import ExecutorError
from .domain.model import JsonDict
from .ports import AuditSink, ExecutionStore

log = logging.getLogger(__name__)


class AuditOutbox:
    store: ExecutionStore
    audit: AuditSink | None
    _audit_lock: asyncio.Lock

    # --- audit trail (durable outbox) ------------------------------------------------

    async def _complete(self, execution_id: str, record: JsonDict, undo: list[JsonDict]) -> None:
        needs_audit = self.audit is not None and changed_cluster(record)
        await self.store.save(execution_id, record, undo, audit=needs_audit)
        if needs_audit:
            async with self._audit_lock:
                await self._send_audit(record)

    async def _send_audit(self, record: JsonDict) -> bool:
        assert self.audit is not None
        try:
            await self.audit.append(audit_entry(record))
        except ExecutorError as exc:
            log.warning(
                "audit entry for %s kept in the outbox: %s", record["execution_id"], exc.message
            )
            return False
        await self.store.mark_audited(str(record["execution_id"]))
        return True

    async def flush_audit(self) -> int:
        """Send the audit entries that could not be sent before; the number sent."""
        if self.audit is None:
            return 0
        sent = 0
        async with self._audit_lock:
            for record in await self.store.pending_audit():
                if not await self._send_audit(record):
                    break  # storage is still unavailable: try again on the next round
                sent += 1
        return sent
