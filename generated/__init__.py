"""Code generated from contracts/openapi by tools.codegen. Never edit by hand."""
