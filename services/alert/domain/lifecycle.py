"""Alert lifecycle: states, legal transitions and what to do with an event.

    received ──► analysed ──► action_requested ──► executed
       │            │               │                 │
       ├─► out_of_scope             │                 │
       └─► failed ◄─┴───────────────┘                 │
    any state ─────────────────────────────────────► resolved

Pure logic: the orchestrator asks here which step comes next and whether a
transition is legal, so "a resolved alert is never remediated" is enforced in
one place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    RECEIVED = "received"
    ANALYSED = "analysed"
    ACTION_REQUESTED = "action_requested"
    EXECUTED = "executed"
    RESOLVED = "resolved"
    OUT_OF_SCOPE = "out_of_scope"
    FAILED = "failed"


_ALLOWED: dict[State, frozenset[State]] = {
    State.RECEIVED: frozenset({State.ANALYSED, State.OUT_OF_SCOPE, State.FAILED, State.RESOLVED}),
    State.ANALYSED: frozenset({State.ACTION_REQUESTED, State.FAILED, State.RESOLVED}),
    State.ACTION_REQUESTED: frozenset({State.EXECUTED, State.FAILED, State.RESOLVED}),
    State.EXECUTED: frozenset({State.RESOLVED}),
    State.OUT_OF_SCOPE: frozenset({State.RESOLVED}),
    State.FAILED: frozenset({State.RESOLVED}),
    State.RESOLVED: frozenset(),
}

TERMINAL = frozenset({State.RESOLVED})


class InvalidTransition(ValueError):
    def __init__(self, current: State, target: State) -> None:
        super().__init__(f"illegal lifecycle transition {current} → {target}")
        self.current = current
        self.target = target


def can_transition(current: State, target: State) -> bool:
    return target in _ALLOWED[current]


def transition(current: State, target: State) -> State:
    if not can_transition(current, target):
        raise InvalidTransition(current, target)
    return target


class Step(StrEnum):
    ANALYZE = "analyze"
    EXECUTE = "execute"
    STORE = "store"
    NOTIFY = "notify"
    DONE = "done"


# Actions that change nothing in the cluster: no workflow is started for them.
NON_MUTATING_ACTIONS = frozenset({"notify_only"})


@dataclass(frozen=True, slots=True)
class Progress:
    """What has been done for a firing, in-scope alert."""

    state: State
    action: str | None = None
    stored: bool = False
    notified: bool = False


def next_step(progress: Progress) -> Step:
    """The next hop of the seed's flow (§3.1.1) for an actionable alert.

    analyse → execute (unless the action changes nothing) → store → notify.
    A resolved, out-of-scope or failed alert gets no further remediation step;
    its notification is handled by the caller when it enters that state.
    """
    state = progress.state
    if state in (State.RESOLVED, State.OUT_OF_SCOPE, State.FAILED):
        return Step.DONE
    if state is State.RECEIVED:
        return Step.ANALYZE
    if state is State.ANALYSED and progress.action not in NON_MUTATING_ACTIONS:
        return Step.EXECUTE
    if not progress.stored:
        return Step.STORE
    if not progress.notified:
        return Step.NOTIFY
    return Step.DONE


def alert_id(fingerprint: str, starts_at: str) -> str:
    """One alert *episode*: its firing and resolved events share this id."""
    return "alt-" + hashlib.sha256(f"{fingerprint}|{starts_at}".encode()).hexdigest()[:24]
