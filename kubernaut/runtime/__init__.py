"""The shared runtime every Kubernaut service is built on.

Does: settings, the standard headers, request/trace ids, the error envelope, health,
metrics, logging, resilient generated clients, serving on the API/health/metrics ports.
Must not: import anything from ``services`` or know what any one service does.
"""
