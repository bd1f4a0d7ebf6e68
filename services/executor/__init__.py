"""executor-service: carries out catalogue actions on Kubernetes (and undoes them)."""
