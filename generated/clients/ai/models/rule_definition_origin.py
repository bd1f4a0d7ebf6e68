from typing import Literal

RuleDefinitionOrigin = Literal["builtin", "user"]

RULE_DEFINITION_ORIGIN_VALUES: set[RuleDefinitionOrigin] = {
    "builtin",
    "user",
}


def check_rule_definition_origin(value: str) -> RuleDefinitionOrigin:
    if value in RULE_DEFINITION_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULE_DEFINITION_ORIGIN_VALUES!r}"
    )
