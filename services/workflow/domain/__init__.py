"""Pure workflow logic: gates, state machine, tokens. No I/O, no HTTP, no DB."""
