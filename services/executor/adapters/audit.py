"""Appending audit entries to storage-service through its generated client."""

from __future__ import annotations

import httpx

from generated.clients.storage.api.audit import append_audit
from generated.clients.storage.models import AuditEntryInput
from kubernaut.runtime.clients import ClientFactory

from ..domain.errors import AuditUnavailable
from ..domain.model import JsonDict


class StorageAudit:
    def __init__(self, clients: ClientFactory) -> None:
        self.clients = clients

    async def append(self, entry: JsonDict) -> None:
        client = self.clients.get("storage")
        try:
            response = await append_audit.asyncio_detailed(
                client=client, body=AuditEntryInput.from_dict(entry)
            )
        except httpx.HTTPError as exc:  # includes the open circuit breaker
            raise AuditUnavailable(f"storage-service unreachable: {exc}") from exc
        if response.status_code != 201:
            raise AuditUnavailable(
                f"storage-service answered {response.status_code}",
                {"status": int(response.status_code)},
            )
