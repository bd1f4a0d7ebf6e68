"""Edges of notification-service: channel senders, the routing-file loader and the
SQLite/PostgreSQL repository. Domain logic stays in `..domain`."""
