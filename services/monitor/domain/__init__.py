"""Pure effectiveness logic: no I/O, no HTTP, no database, no clock reads."""
