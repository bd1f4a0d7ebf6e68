"""Kubernaut: Prometheus alerts in, safe, audited, self-assessing Kubernetes remediation out."""

__version__ = "1.0.0"
