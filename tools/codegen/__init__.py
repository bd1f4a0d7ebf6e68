"""Contract-first code generation: specs in ``contracts/openapi`` → ``generated/``.

Bundles each service spec into one file, then runs datamodel-code-generator (pydantic
models), openapi-python-client (httpx clients) and our own stub generator (handler
Protocols + routing table). Never imports a service at generation time.
"""
