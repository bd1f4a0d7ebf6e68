"""context-service: context orchestration for HolmesGPT and other investigators (and nothing else).

Read-only: it gathers Kubernetes state, metric series, history, patterns and similar
incidents, reports how fresh each part is, and never changes anything.
"""
