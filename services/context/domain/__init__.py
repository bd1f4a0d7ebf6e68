"""Pure context shaping: no I/O, no HTTP, no clock reads."""
