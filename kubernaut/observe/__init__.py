"""Read-only adapters to the systems Kubernaut observes: Kubernetes and Prometheus.

Shared by monitor-service (effectiveness) and context-service (investigations). Does: plain
JSON reads by resource path or PromQL, vendor errors turned into ``SourceUnavailable`` /
``QueryRejected``. Must not: write to a cluster (that is executor-service's job) or
import a service.
"""
