"""Pydantic v2 models, one module per service (datamodel-code-generator)."""
