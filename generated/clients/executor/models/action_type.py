from typing import Literal

ActionType = Literal[
    "collect_diagnostics",
    "cordon_node",
    "delete_pod",
    "drain_node",
    "expand_pvc",
    "increase_resources",
    "notify_only",
    "quarantine_pod",
    "restart_pod",
    "rollback_deployment",
    "rollout_restart",
    "scale_deployment",
    "scale_statefulset",
    "uncordon_node",
    "update_hpa",
]

ACTION_TYPE_VALUES: set[ActionType] = {
    "collect_diagnostics",
    "cordon_node",
    "delete_pod",
    "drain_node",
    "expand_pvc",
    "increase_resources",
    "notify_only",
    "quarantine_pod",
    "restart_pod",
    "rollback_deployment",
    "rollout_restart",
    "scale_deployment",
    "scale_statefulset",
    "uncordon_node",
    "update_hpa",
}


def check_action_type(value: str) -> ActionType:
    if value in ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_TYPE_VALUES!r}")
