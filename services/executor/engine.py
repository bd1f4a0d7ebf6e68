"""The executor's use cases: execute (idempotently), undo, inspect, read target health.

Order of an execution: validate parameters against the catalogue → claim the
execution_id → SelfSubjectAccessReview for every mutating verb → run the action with
every API call recorded → wait for its condition → record result and undo snapshot.
Errors before anything was changed release the claim and surface as errors (so the
request can be retried); once a real mutating call was accepted, the outcome is
always recorded as a result (``failed`` with the error when a later call failed).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from .actions import ACTIONS, ActionContext
from .actions.diagnostics import target_state
from .domain.errors import (
    ClusterUnavailable,
    ConflictError,
    ExecutorError,
    PermissionDenied,
    PreconditionFailed,
    TargetNotFound,
)
from .domain.health import rollout_done
from .domain.kinds import WORKLOAD_KINDS, kind_info, target_from_parameters
from .domain.model import ActionOutcome, ApiCall, JsonDict, Permission, RestoreStep, Target
from .domain.validation import validate_parameters
from .outbox import AuditOutbox
from .ports import AuditSink, Cluster, ExecutionMetrics, ExecutionStore
from .recording import recording

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExecutionInput:
    execution_id: str
    action_type: str
    parameters: JsonDict
    dry_run: bool = False
    timeout_seconds: int = 300
    workflow_id: str | None = None
    action_id: str | None = None

    def fingerprint(self) -> str:
        canonical = json.dumps([self.action_type, self.parameters, self.dry_run], sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _changed_cluster(calls: list[ApiCall]) -> bool:
    return any(c.mutating and c.accepted and not c.dry_run for c in calls)


class Executor(AuditOutbox):
    def __init__(
        self,
        cluster: Cluster | None,
        store: ExecutionStore,
        schemas: Mapping[str, Mapping[str, Any]],
        metrics: ExecutionMetrics | None = None,
        poll_interval: float = 0.5,
        conflict_retries: int = 3,
        check_permissions: bool = True,
        audit: AuditSink | None = None,
    ) -> None:
        self.cluster = cluster
        self.store = store
        self.schemas = schemas
        self.metrics = metrics
        self.poll_interval = poll_interval
        self.conflict_retries = conflict_retries
        self.check_permissions = check_permissions
        self.audit = audit
        # One sender at a time: the inline send and the outbox flush never send twice.
        self._audit_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()

    async def close(self) -> None:
        """Stop background executions (their records stay ``running`` until restart)."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def recover(self) -> int:
        """Mark executions a previous process left ``running`` as failed (interrupted)."""
        count = 0
        for record in await self.store.running():
            record.update(
                status="failed",
                finished_at=_now(),
                message="interrupted: executor-service stopped during the execution; "
                "the target may be partly changed — check it",
                error={
                    "code": "INTERRUPTED",
                    "message": "executor-service stopped during the execution",
                },
            )
            await self.store.save(str(record["execution_id"]), record, [])
            count += 1
        return count

    # --- execute ---------------------------------------------------------------------

    async def execute(self, inp: ExecutionInput, wait: bool = True) -> JsonDict:
        """Run an action; ``wait=False`` answers the running record and finishes in the
        background (pre-check errors then end as a ``failed`` record, not an exception)."""
        validate_parameters(inp.action_type, inp.parameters, self.schemas)
        spec = ACTIONS.get(inp.action_type)
        if spec is None:
            raise PreconditionFailed(f"action {inp.action_type} is not implemented")
        existing = await self.store.get(inp.execution_id)
        if existing is not None:
            return self._replay(inp, existing.record, existing.fingerprint, wait)
        if self.cluster is None and inp.action_type != "notify_only" and not inp.dry_run:
            raise ClusterUnavailable(
                "no Kubernetes credentials are configured: the executor runs in dry-run-only mode",
                {"mode": "none"},
            )
        started, clock = _now(), time.monotonic()
        base: JsonDict = {
            "execution_id": inp.execution_id,
            "action_type": inp.action_type,
            "status": "running",
            "dry_run": inp.dry_run,
            "parameters": inp.parameters,
            "api_calls": [],
            "undo_available": False,
            "message": "running",
            "started_at": started,
        }
        if inp.workflow_id:
            base["workflow_id"] = inp.workflow_id
        if inp.action_id:
            base["action_id"] = inp.action_id
        if not await self.store.claim(inp.execution_id, inp.fingerprint(), base):
            again = await self.store.get(inp.execution_id)
            if again is None:  # claimed and released in between: let the caller retry
                raise ConflictError(f"execution {inp.execution_id} is being processed")
            return self._replay(inp, again.record, again.fingerprint, wait)
        if not wait:
            task = asyncio.create_task(self._run_in_background(inp, base, clock))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return dict(base)
        try:
            record, undo = await self._run(inp, base)
        except BaseException as exc:
            await self.store.forget(inp.execution_id)
            if isinstance(exc, ExecutorError) and self.metrics is not None:
                # Refused before any change (403/404/409/503): counted, not recorded.
                self.metrics.executed(
                    inp.action_type, "rejected", inp.dry_run, time.monotonic() - clock
                )
            raise
        return await self._finish(inp, record, undo, clock)

    async def _run_in_background(self, inp: ExecutionInput, base: JsonDict, clock: float) -> None:
        undo: list[RestoreStep] = []
        try:
            record, undo = await self._run(inp, base)
        except ExecutorError as exc:
            record = {
                **base,
                "status": "failed",
                "message": exc.message,
                "error": {"code": exc.code, "message": exc.message},
            }
        except Exception as exc:  # recorded, never lost: the caller polls this record
            log.exception("execution %s crashed", inp.execution_id)
            record = {
                **base,
                "status": "failed",
                "message": f"internal error: {exc}",
                "error": {"code": "INTERNAL_ERROR", "message": str(exc)},
            }
        await self._finish(inp, record, undo, clock)

    async def _finish(
        self, inp: ExecutionInput, record: JsonDict, undo: list[RestoreStep], clock: float
    ) -> JsonDict:
        record["finished_at"] = _now()
        record["duration_ms"] = int((time.monotonic() - clock) * 1000)
        await self._complete(inp.execution_id, record, [s.to_dict() for s in undo])
        if self.metrics is not None:
            self.metrics.executed(
                inp.action_type, record["status"], inp.dry_run, time.monotonic() - clock
            )
        log.info("execution %s %s: %s", inp.execution_id, record["status"], record["message"])
        return record

    def _replay(
        self, inp: ExecutionInput, record: JsonDict, fingerprint: str, wait: bool
    ) -> JsonDict:
        if fingerprint != inp.fingerprint():
            raise ConflictError(
                f"execution_id {inp.execution_id} was already used for a different request",
                {"execution_id": inp.execution_id, "recorded_action": record.get("action_type")},
            )
        if record.get("status") == "running" and wait:
            raise ConflictError(
                f"execution {inp.execution_id} is still running", {"execution_id": inp.execution_id}
            )
        return record

    async def _run(self, inp: ExecutionInput, base: JsonDict) -> tuple[JsonDict, list[RestoreStep]]:
        spec = ACTIONS[inp.action_type]
        if self.cluster is None and spec.name != "notify_only":
            outcome = ActionOutcome(
                target_from_parameters(inp.action_type, inp.parameters),
                "no Kubernetes cluster configured (dry-run-only mode): parameters validated, "
                "no API call was made",
            )
            return self._result(base, outcome, [], [], "succeeded"), []
        cluster = self.cluster if self.cluster is not None else cast(Cluster, _NoCluster())
        with recording() as calls:
            try:
                checks = await self._authorize(
                    cluster, spec.permissions(inp.parameters) if spec.mutating else []
                )
                ctx = ActionContext(
                    cluster,
                    inp.parameters,
                    inp.dry_run,
                    inp.timeout_seconds,
                    self.poll_interval,
                    self.conflict_retries,
                )
                outcome = await spec.run(ctx)
            except ExecutorError as exc:
                if not _changed_cluster(calls):
                    raise
                # The cluster was changed before the failure: record it, never hide it.
                failed = ActionOutcome(
                    target_from_parameters(inp.action_type, inp.parameters),
                    f"failed after changing the cluster: {exc.message}",
                )
                record = self._result(base, failed, list(calls), [], "failed")
                record["error"] = {"code": exc.code, "message": exc.message}
                return record, []
        undo = [] if inp.dry_run else outcome.undo
        return self._result(base, outcome, list(calls), checks, outcome.status, undo), undo

    async def _authorize(self, cluster: Cluster, permissions: list[Permission]) -> list[JsonDict]:
        if not self.check_permissions:
            return []
        checks = []
        for permission in permissions:
            allowed, reason = await cluster.access_review(permission)
            checks.append(
                {
                    **permission.to_dict(),
                    "allowed": allowed,
                    **({"reason": reason} if reason else {}),
                }
            )
        denied = [c for c in checks if not c["allowed"]]
        if denied:
            raise PermissionDenied(
                "the executor's service account may not "
                + ", ".join(
                    f"{c['verb']} {c['resource']}"
                    + (f"/{c['subresource']}" if c.get("subresource") else "")
                    for c in denied
                ),
                {"denied": denied},
            )
        return checks

    @staticmethod
    def _result(
        base: JsonDict,
        outcome: ActionOutcome,
        calls: list[ApiCall],
        checks: list[JsonDict],
        status: str,
        undo: list[RestoreStep] | None = None,
    ) -> JsonDict:
        record = dict(base)
        observed: JsonDict = {"before": outcome.before, "after": outcome.after}
        if outcome.condition is not None:
            observed["condition"] = outcome.condition.to_dict()
        message = outcome.message
        if base["dry_run"]:
            message = f"dry run (nothing persisted): {message}"
        if outcome.condition is not None and not outcome.condition.reached:
            message += (
                f"; condition not reached within {outcome.condition.timeout_seconds}s: "
                f"{outcome.condition.last_seen}"
            )
        record.update(
            status=status,
            target=outcome.target.to_dict(),
            api_calls=[c.to_dict() for c in calls],
            permission_checks=checks,
            observed=observed,
            message=message,
            undo_available=bool(undo),
        )
        if undo:
            record["undo_token"] = base["execution_id"]
        if outcome.diagnostics is not None:
            record["diagnostics"] = outcome.diagnostics
        return record

    # --- undo ------------------------------------------------------------------------

    async def undo(self, execution_id: str, dry_run: bool | None, timeout_seconds: int) -> JsonDict:
        stored = await self.store.get(execution_id)
        if stored is None:
            raise TargetNotFound(f"execution {execution_id} not found")
        original = stored.record
        dry = bool(original.get("dry_run")) if dry_run is None else dry_run
        undo_id = f"{'dry-run-' if dry else ''}undo-{execution_id}"
        previous = await self.store.get(undo_id)
        if previous is not None and previous.record.get("status") != "running":
            return previous.record
        if original.get("undo_of"):
            raise PreconditionFailed("an undo cannot itself be undone; run a new action instead")
        if original.get("dry_run"):
            raise PreconditionFailed(f"execution {execution_id} was a dry run: nothing to undo")
        if not stored.undo:
            raise PreconditionFailed(
                f"execution {execution_id} ({original.get('action_type')}) is not reversible "
                "or changed nothing"
            )
        if self.cluster is None:
            raise ClusterUnavailable("no Kubernetes credentials configured: cannot undo")
        steps = [RestoreStep.from_dict(s) for s in stored.undo]
        inp = ExecutionInput(
            undo_id,
            str(original["action_type"]),
            {"undo_of": execution_id},
            dry,
            timeout_seconds,
            original.get("workflow_id"),
            original.get("action_id"),
        )
        started, clock = _now(), time.monotonic()
        base: JsonDict = {
            "execution_id": undo_id,
            "action_type": original["action_type"],
            "status": "running",
            "dry_run": dry,
            "parameters": original.get("parameters") or {},
            "api_calls": [],
            "undo_available": False,
            "message": "running",
            "undo_of": execution_id,
            "started_at": started,
        }
        if not await self.store.claim(undo_id, inp.fingerprint(), base):
            raise ConflictError(f"undo of {execution_id} is already running")
        try:
            record = await self._restore(self.cluster, base, steps, dry, timeout_seconds)
        except BaseException:
            await self.store.forget(undo_id)
            raise
        record["finished_at"] = _now()
        record["duration_ms"] = int((time.monotonic() - clock) * 1000)
        await self._complete(undo_id, record, [])
        if not dry and record["status"] != "failed":
            original.update(undone_by=undo_id, undo_available=False)
            original.pop("undo_token", None)
            await self.store.save(execution_id, original, [])
        if self.metrics is not None:
            self.metrics.executed(
                f"undo_{original['action_type']}", record["status"], dry, time.monotonic() - clock
            )
        return record

    async def _restore(
        self,
        cluster: Cluster,
        base: JsonDict,
        steps: list[RestoreStep],
        dry: bool,
        timeout_seconds: int,
    ) -> JsonDict:
        first = steps[-1]
        target = Target(first.kind, first.name, first.namespace)
        with recording() as calls:
            try:
                checks = await self._authorize(
                    cluster,
                    [
                        Permission(
                            s.op,
                            kind_info(s.kind).group,
                            kind_info(s.kind).plural,
                            s.namespace,
                            s.subresource,
                        )
                        for s in steps
                    ],
                )
                done = []
                for step in steps:
                    if step.op == "delete":
                        with contextlib.suppress(TargetNotFound):  # gone is the goal
                            await cluster.delete(step.kind, step.name, step.namespace, dry_run=dry)
                    else:
                        assert step.body is not None
                        await cluster.patch(
                            step.kind,
                            step.name,
                            step.namespace,
                            step.body,
                            dry_run=dry,
                            subresource=step.subresource,
                        )
                    done.append(step.description)
                ctx = ActionContext(cluster, {}, dry, timeout_seconds, self.poll_interval)
                condition = None
                if target.kind in WORKLOAD_KINDS and target.namespace:
                    kind, name, ns = target.kind, target.name, target.namespace

                    async def probe() -> tuple[bool, str]:
                        return rollout_done(kind, await cluster.get(kind, name, ns))

                    condition = await ctx.wait_for(f"{kind.lower()} {ns}/{name} rolled out", probe)
            except ExecutorError as exc:
                if not _changed_cluster(calls):
                    raise
                failed = ActionOutcome(target, f"undo failed part-way: {exc.message}")
                record = self._result(base, failed, list(calls), [], "failed")
                record["error"] = {"code": exc.code, "message": exc.message}
                return record
        outcome = ActionOutcome(
            target,
            f"undid {base['undo_of']} on {target.describe()}: " + "; ".join(done),
            condition=condition,
        )
        return self._result(base, outcome, list(calls), checks, outcome.status)

    # --- reads -----------------------------------------------------------------------

    async def get(self, execution_id: str) -> JsonDict:
        stored = await self.store.get(execution_id)
        if stored is None:
            raise TargetNotFound(f"execution {execution_id} not found")
        return stored.record

    async def list(
        self, filters: dict[str, str], limit: int, cursor: str | None
    ) -> tuple[list[JsonDict], str | None]:
        return await self.store.list(filters, limit, cursor)

    async def target_state(self, namespace: str, kind: str, name: str) -> JsonDict:
        if self.cluster is None:
            raise ClusterUnavailable("no Kubernetes credentials configured (dry-run-only mode)")
        return await target_state(self.cluster, None if namespace == "-" else namespace, kind, name)


class _NoCluster:
    """Stand-in for notify_only when no cluster is configured; any call is a bug."""

    def __getattr__(self, name: str) -> Any:
        raise ClusterUnavailable("no Kubernetes cluster configured")
