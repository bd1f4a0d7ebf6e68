"""monitor-service: effectiveness assessment of executed actions (and nothing else).

It waits a stabilisation window after each action, scores the outcome from the
target's health, the triggering alert and metrics, stores the assessment and feeds
it back. It never changes the cluster.
"""
