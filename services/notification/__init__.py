"""notification-service: routes typed notifications to Slack, Teams, email, PagerDuty,
console and file channels, with grouping, storm summaries, retries and circuit breakers.

Must not call other Kubernaut services (it is a terminal service, seed §2.1).
"""
