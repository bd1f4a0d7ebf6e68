"""Pure logic of ai-service: catalogue, rules, targets, history, prompt, LLM output,
context enhancement and workflow optimisation. No I/O, no HTTP, no clock reads."""
