"""Shared machinery of the contract tests (live services, pact helpers, spec walking)."""
