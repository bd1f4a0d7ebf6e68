from typing import Literal

ActionName = Literal[
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

ACTION_NAME_VALUES: set[ActionName] = {
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


def check_action_name(value: str) -> ActionName:
    if value in ACTION_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_NAME_VALUES!r}")
