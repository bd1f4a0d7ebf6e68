"""Pure storage logic: vectorising alerts, the audit hash chain, derived outcomes,
pagination cursors. No I/O, no database, no HTTP."""
