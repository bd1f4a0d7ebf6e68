"""ai-service: decides what to do about an alert (rule engine, optional LLM, history)."""
