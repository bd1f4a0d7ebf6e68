"""workflow-service: the guard rails between a recommended action and the cluster."""
