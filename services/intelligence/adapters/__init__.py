"""intelligence adapters: the storage-service source/sink (through the generated client)."""
