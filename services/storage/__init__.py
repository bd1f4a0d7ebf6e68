"""storage-service: data persistence only.

Stores alerts and their lifecycle, action decisions, executions, workflow history,
assessments, mined patterns, alert embeddings and a hash-chained audit trail.
It never decides anything and never calls another Kubernaut service.
"""
