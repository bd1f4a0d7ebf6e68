"""Pure executor logic: planning patches, computing bounds, choosing pods to evict.

No I/O, no HTTP, no Kubernetes client here — only dicts in, dicts and dataclasses out.
"""
