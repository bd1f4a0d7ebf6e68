"""Handler Protocols and routing tables, one module per service."""
