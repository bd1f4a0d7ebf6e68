"""Pure notification logic: routing, grouping, storms, resilience policies, rendering and
channel payload formats. No I/O, no HTTP, no database."""
