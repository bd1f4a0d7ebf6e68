"""Edges of ai-service: files, history through the generated clients, LLM providers."""
