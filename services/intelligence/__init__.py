"""intelligence-service: pattern discovery only.

Mines the history held by storage-service and writes patterns back to it; serves
patterns and per-action statistics. It holds no database of its own.
"""
