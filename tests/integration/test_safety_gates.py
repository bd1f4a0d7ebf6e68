"""The safety model end to end: dry run outside opted-in namespaces, human approval links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .platform import (
    DEPLOYMENT,
    NS,
    POD,
    RollingClusterEmulator,
    alert_webhook,
    eventually,
    platform,
    webhook,
    webhook_headers,
)


@pytest.mark.slow
async def test_dry_run_elsewhere_and_a_low_confidence_action_waits_for_a_signed_approval(
    tmp_path: Path, cluster: RollingClusterEmulator
) -> None:
    staging = cluster.obj("apps/v1/deployments", NS, DEPLOYMENT) or {}
    staging["metadata"] = {**staging["metadata"], "namespace": "staging", "uid": "dep-staging"}
    cluster.seed("apps/v1/deployments", staging)
    gates = {"confidence_floor": 0.9, "cooldown_seconds": 0}  # 0.7 now needs a human
    async with platform(tmp_path, cluster, workflow={"gates": gates}) as k:
        mismatch = alert_webhook(
            "KubeDeploymentReplicasMismatch",
            {"deployment": DEPLOYMENT, "namespace": "staging"},
            "0b0b0b0b0b0b0b01",
        )
        for body, request_id in ((mismatch, "req-dry"), (webhook("firing"), "req-approve")):
            response = await k.post("gateway", "/alerts", body, webhook_headers(request_id))
            assert response.status_code == 202, response.text

        # staging is not opted out of dry run: the executor only sends dryRun=All.
        async def dry_requested() -> str | None:
            page = await k.get("alert", "/api/v1/alerts", name="KubeDeploymentReplicasMismatch")
            ids = [r["workflow"]["workflow_id"] for r in page["items"] if r.get("workflow")]
            return ids[0] if ids else None

        dry_id = await eventually("the staging workflow", dry_requested, within=40)
        dry = await k.finished_workflow(dry_id)
        assert (dry["status"], dry["dry_run"]) == ("dry_run_completed", True)
        staging_calls = [c for c in k.cluster_calls() if "/namespaces/staging/" in c]
        assert [c for c in staging_calls if c.startswith("PATCH")] == [
            f"PATCH /apis/apps/v1/namespaces/staging/deployments/{DEPLOYMENT}?dryRun=All"
        ]
        after = k.cluster.obj("apps/v1/deployments", "staging", DEPLOYMENT) or {}
        assert after["spec"]["template"] == staging["spec"]["template"]  # nothing changed

        # The restart in shop waits for a human: approval_needed with signed links.
        async def approval_requested() -> dict[str, Any] | None:
            notes = [n for n in k.notifications() if n["kind"] == "approval_needed"]
            return notes[0] if notes else None

        note = await eventually("the approval request", approval_requested, within=40)
        assert "confidence 0.70 is below the floor 0.90" in note["body"]
        assert k.cluster_calls("DELETE") == []
        approve_url = note["context"]["workflow"]["approve_url"]
        preview = await k.http.get(approve_url)  # a link preview must not approve anything
        assert preview.status_code == 200 and k.cluster_calls("DELETE") == []
        decided = await k.http.post(approve_url, json={"approver": "alice"})
        assert decided.status_code == 200, decided.text

        async def restarted() -> dict[str, Any] | None:
            page = await k.get("alert", "/api/v1/alerts", name="KubePodCrashLooping")
            record = page["items"][0]
            return record if record["state"] == "executed" else None

        await eventually("the approved restart", restarted, within=40)
        workflow = await k.finished_workflow(note["context"]["workflow"]["workflow_id"])
        assert workflow["status"] == "succeeded", workflow["reason"]
        assert k.cluster_calls("DELETE") == [f"DELETE /api/v1/namespaces/{NS}/pods/{POD}"]
        assert workflow["approval"]["status"] == "approved"
        assert workflow["request_id"] == "req-approve"
