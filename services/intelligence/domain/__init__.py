"""Pure mining functions over incidents and alert occurrences (no I/O)."""
