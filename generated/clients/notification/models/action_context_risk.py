from typing import Literal

ActionContextRisk = Literal["high", "low", "medium"]

ACTION_CONTEXT_RISK_VALUES: set[ActionContextRisk] = {
    "high",
    "low",
    "medium",
}


def check_action_context_risk(value: str) -> ActionContextRisk:
    if value in ACTION_CONTEXT_RISK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONTEXT_RISK_VALUES!r}")
