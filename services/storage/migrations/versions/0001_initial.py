"""Initial schema: alerts + lifecycle, actions, executions, workflow events,
assessments, patterns, embeddings and the hash-chained audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 02:04:42.029321
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "actions",
        sa.Column("action_id", sa.String(length=128), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=True),
        sa.Column("alert_id", sa.String(length=128), nullable=True),
        sa.Column("fingerprint", sa.String(length=128), nullable=True),
        sa.Column("alert_name", sa.String(length=253), nullable=False),
        sa.Column("namespace", sa.String(length=253), nullable=True),
        sa.Column("resource", sa.String(length=253), nullable=True),
        sa.Column("resource_kind", sa.String(length=64), nullable=True),
        sa.Column("alert", sa.JSON(), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reasoning", sa.JSON(), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.String(length=128), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("execution_id", sa.String(length=128), nullable=True),
        sa.Column("execution_status", sa.String(length=16), nullable=True),
        sa.Column("assessment_outcome", sa.String(length=32), nullable=True),
        sa.Column("assessment_score", sa.Float(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("action_id"),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index("ix_actions_action", ["action", "created_at"], unique=False)
        batch_op.create_index("ix_actions_alert_id", ["alert_id"], unique=False)
        batch_op.create_index("ix_actions_alert_name", ["alert_name", "created_at"], unique=False)
        batch_op.create_index("ix_actions_created", ["created_at", "action_id"], unique=False)
        batch_op.create_index("ix_actions_fingerprint", ["fingerprint", "created_at"], unique=False)
        batch_op.create_index("ix_actions_kind", ["resource_kind", "created_at"], unique=False)
        batch_op.create_index("ix_actions_namespace", ["namespace", "created_at"], unique=False)
        batch_op.create_index("ix_actions_outcome", ["outcome", "created_at"], unique=False)
        batch_op.create_index("ix_actions_resource", ["resource", "created_at"], unique=False)

    op.create_table(
        "alert_lifecycle",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.String(length=128), nullable=False),
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("alert_lifecycle", schema=None) as batch_op:
        batch_op.create_index("ix_alert_lifecycle_alert", ["alert_id", "id"], unique=False)

    op.create_table(
        "alerts",
        sa.Column("alert_id", sa.String(length=128), nullable=False),
        sa.Column("fingerprint", sa.String(length=128), nullable=False),
        sa.Column("name", sa.String(length=253), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("severity", sa.String(length=32), nullable=True),
        sa.Column("namespace", sa.String(length=253), nullable=True),
        sa.Column("resource", sa.String(length=253), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("annotations", sa.JSON(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("generator_url", sa.String(length=2048), nullable=True),
        sa.Column("event_id", sa.String(length=256), nullable=True),
        sa.Column("in_scope", sa.Boolean(), nullable=True),
        sa.Column("scope_reason", sa.String(length=1024), nullable=True),
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("alert_id"),
        sa.UniqueConstraint("fingerprint", "starts_at", name="uq_alerts_fingerprint_starts"),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_name", ["name", "starts_at"], unique=False)
        batch_op.create_index("ix_alerts_namespace", ["namespace", "starts_at"], unique=False)
        batch_op.create_index("ix_alerts_resource", ["resource", "starts_at"], unique=False)
        batch_op.create_index("ix_alerts_starts", ["starts_at", "alert_id"], unique=False)
        batch_op.create_index("ix_alerts_status", ["status", "starts_at"], unique=False)
        batch_op.create_index("ix_alerts_updated", ["updated_at"], unique=False)

    op.create_table(
        "assessments",
        sa.Column("assessment_id", sa.String(length=128), nullable=False),
        sa.Column("workflow_id", sa.String(length=128), nullable=True),
        sa.Column("execution_id", sa.String(length=128), nullable=True),
        sa.Column("action_id", sa.String(length=128), nullable=True),
        sa.Column("action_type", sa.String(length=64), nullable=True),
        sa.Column("alert_name", sa.String(length=253), nullable=True),
        sa.Column("fingerprint", sa.String(length=128), nullable=True),
        sa.Column("namespace", sa.String(length=253), nullable=True),
        sa.Column("resource", sa.String(length=253), nullable=True),
        sa.Column("resource_kind", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("executed_at", sa.DateTime(), nullable=True),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("window_seconds", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id"),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index("ix_assessments_action", ["action_id", "assessed_at"], unique=False)
        batch_op.create_index("ix_assessments_alert", ["alert_name", "assessed_at"], unique=False)
        batch_op.create_index(
            "ix_assessments_assessed", ["assessed_at", "assessment_id"], unique=False
        )
        batch_op.create_index("ix_assessments_execution", ["execution_id"], unique=False)
        batch_op.create_index(
            "ix_assessments_namespace", ["namespace", "assessed_at"], unique=False
        )
        batch_op.create_index("ix_assessments_outcome", ["outcome", "assessed_at"], unique=False)
        batch_op.create_index("ix_assessments_resource", ["resource", "assessed_at"], unique=False)
        batch_op.create_index("ix_assessments_type", ["action_type", "assessed_at"], unique=False)
        batch_op.create_index("ix_assessments_workflow", ["workflow_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=256), nullable=True),
        sa.Column("request_id", sa.String(length=128), nullable=True),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("outputs", sa.JSON(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sequence"),
        sa.UniqueConstraint("entry_id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_actor", ["actor", "sequence"], unique=False)
        batch_op.create_index("ix_audit_event_type", ["event_type", "sequence"], unique=False)
        batch_op.create_index("ix_audit_occurred", ["occurred_at"], unique=False)
        batch_op.create_index("ix_audit_request", ["request_id", "sequence"], unique=False)
        batch_op.create_index("ix_audit_subject", ["subject", "sequence"], unique=False)

    op.create_table(
        "embeddings",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("action_id", sa.String(length=128), nullable=False),
        sa.Column("vectoriser", sa.String(length=64), nullable=False),
        sa.Column("namespace", sa.String(length=253), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=True),
        sa.Column("vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("action_id"),
    )
    with op.batch_alter_table("embeddings", schema=None) as batch_op:
        batch_op.create_index("ix_embeddings_created", ["created_at"], unique=False)

    op.create_table(
        "executions",
        sa.Column("execution_id", sa.String(length=128), nullable=False),
        sa.Column("workflow_id", sa.String(length=128), nullable=True),
        sa.Column("action_id", sa.String(length=128), nullable=True),
        sa.Column("action_type", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("dry_run", sa.Boolean(), nullable=False),
        sa.Column("target", sa.JSON(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("execution_id"),
    )
    with op.batch_alter_table("executions", schema=None) as batch_op:
        batch_op.create_index("ix_executions_action", ["action_id", "recorded_at"], unique=False)
        batch_op.create_index("ix_executions_recorded", ["recorded_at"], unique=False)
        batch_op.create_index("ix_executions_workflow", ["workflow_id"], unique=False)

    op.create_table(
        "patterns",
        sa.Column("pattern_id", sa.String(length=600), nullable=False),
        sa.Column("pattern_type", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("alert_name", sa.String(length=253), nullable=True),
        sa.Column("resource_kind", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=True),
        sa.Column("namespace", sa.String(length=253), nullable=True),
        sa.Column("resource", sa.String(length=253), nullable=True),
        sa.Column("support", sa.Integer(), nullable=False),
        sa.Column("success_rate", sa.Float(), nullable=True),
        sa.Column("mttr_seconds", sa.Float(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("description", sa.String(length=2048), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pattern_id"),
    )
    with op.batch_alter_table("patterns", schema=None) as batch_op:
        batch_op.create_index("ix_patterns_action", ["action"], unique=False)
        batch_op.create_index("ix_patterns_alert", ["alert_name"], unique=False)
        batch_op.create_index("ix_patterns_kind", ["resource_kind"], unique=False)
        batch_op.create_index("ix_patterns_namespace", ["namespace"], unique=False)
        batch_op.create_index("ix_patterns_resource", ["resource"], unique=False)
        batch_op.create_index("ix_patterns_support", ["support", "pattern_id"], unique=False)
        batch_op.create_index("ix_patterns_type", ["pattern_type", "support"], unique=False)

    op.create_table(
        "workflow_events",
        sa.Column("event_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workflow_id", sa.String(length=128), nullable=False),
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.Column("previous_state", sa.String(length=64), nullable=True),
        sa.Column("action_id", sa.String(length=128), nullable=True),
        sa.Column("execution_id", sa.String(length=128), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("workflow_events", schema=None) as batch_op:
        batch_op.create_index("ix_workflow_events_action", ["action_id", "event_id"], unique=False)
        batch_op.create_index("ix_workflow_events_at", ["at"], unique=False)
        batch_op.create_index(
            "ix_workflow_events_workflow", ["workflow_id", "event_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("workflow_events", schema=None) as batch_op:
        batch_op.drop_index("ix_workflow_events_workflow")
        batch_op.drop_index("ix_workflow_events_at")
        batch_op.drop_index("ix_workflow_events_action")

    op.drop_table("workflow_events")
    with op.batch_alter_table("patterns", schema=None) as batch_op:
        batch_op.drop_index("ix_patterns_type")
        batch_op.drop_index("ix_patterns_support")
        batch_op.drop_index("ix_patterns_resource")
        batch_op.drop_index("ix_patterns_namespace")
        batch_op.drop_index("ix_patterns_kind")
        batch_op.drop_index("ix_patterns_alert")
        batch_op.drop_index("ix_patterns_action")

    op.drop_table("patterns")
    with op.batch_alter_table("executions", schema=None) as batch_op:
        batch_op.drop_index("ix_executions_workflow")
        batch_op.drop_index("ix_executions_recorded")
        batch_op.drop_index("ix_executions_action")

    op.drop_table("executions")
    with op.batch_alter_table("embeddings", schema=None) as batch_op:
        batch_op.drop_index("ix_embeddings_created")

    op.drop_table("embeddings")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_subject")
        batch_op.drop_index("ix_audit_request")
        batch_op.drop_index("ix_audit_occurred")
        batch_op.drop_index("ix_audit_event_type")
        batch_op.drop_index("ix_audit_actor")

    op.drop_table("audit_log")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_workflow")
        batch_op.drop_index("ix_assessments_type")
        batch_op.drop_index("ix_assessments_resource")
        batch_op.drop_index("ix_assessments_outcome")
        batch_op.drop_index("ix_assessments_namespace")
        batch_op.drop_index("ix_assessments_execution")
        batch_op.drop_index("ix_assessments_assessed")
        batch_op.drop_index("ix_assessments_alert")
        batch_op.drop_index("ix_assessments_action")

    op.drop_table("assessments")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_updated")
        batch_op.drop_index("ix_alerts_status")
        batch_op.drop_index("ix_alerts_starts")
        batch_op.drop_index("ix_alerts_resource")
        batch_op.drop_index("ix_alerts_namespace")
        batch_op.drop_index("ix_alerts_name")

    op.drop_table("alerts")
    with op.batch_alter_table("alert_lifecycle", schema=None) as batch_op:
        batch_op.drop_index("ix_alert_lifecycle_alert")

    op.drop_table("alert_lifecycle")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index("ix_actions_resource")
        batch_op.drop_index("ix_actions_outcome")
        batch_op.drop_index("ix_actions_namespace")
        batch_op.drop_index("ix_actions_kind")
        batch_op.drop_index("ix_actions_fingerprint")
        batch_op.drop_index("ix_actions_created")
        batch_op.drop_index("ix_actions_alert_name")
        batch_op.drop_index("ix_actions_alert_id")
        batch_op.drop_index("ix_actions_action")

    op.drop_table("actions")
