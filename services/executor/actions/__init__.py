"""The catalogue's actions, each an ``ActionSpec`` (runner, permissions, mutating).

This is the application layer: it orchestrates reads, pure planning (``domain``) and
writes through the ``Cluster`` port; it never touches the Kubernetes client directly.
"""

from __future__ import annotations

from . import diagnostics, nodes, others, workloads
from .base import ActionContext, ActionSpec

ACTIONS: dict[str, ActionSpec] = {
    spec.name: spec for spec in (*workloads.SPECS, *nodes.SPECS, *others.SPECS, *diagnostics.SPECS)
}

__all__ = ["ACTIONS", "ActionContext", "ActionSpec"]
