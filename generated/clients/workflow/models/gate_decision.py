from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gate_outcome import GateOutcome, check_gate_outcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gate_decision_details import GateDecisionDetails


T = TypeVar("T", bound="GateDecision")


@_attrs_define
class GateDecision:
    """
    Attributes:
        gate (str): catalogue, alert, protected_namespace, scope, concurrency, cooldown,
            consecutive_failures, oscillation, rate_limit, confidence, risk.
             Example: cooldown.
        outcome (GateOutcome):
        reason (str):
        decided_at (datetime.datetime):
        until (datetime.datetime | Unset): When a time-bound block (cooldown, failures, rate limit) lifts.
        details (GateDecisionDetails | Unset):
    """

    gate: str
    outcome: GateOutcome
    reason: str
    decided_at: datetime.datetime
    until: datetime.datetime | Unset = UNSET
    details: GateDecisionDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gate = self.gate

        outcome: str = self.outcome

        reason = self.reason

        decided_at = self.decided_at.isoformat()

        until: str | Unset = UNSET
        if not isinstance(self.until, Unset):
            until = self.until.isoformat()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gate": gate,
                "outcome": outcome,
                "reason": reason,
                "decided_at": decided_at,
            }
        )
        if until is not UNSET:
            field_dict["until"] = until
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gate_decision_details import GateDecisionDetails

        d = dict(src_dict)
        gate = d.pop("gate")

        outcome = check_gate_outcome(d.pop("outcome"))

        reason = d.pop("reason")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        _until = d.pop("until", UNSET)
        until: datetime.datetime | Unset
        if isinstance(_until, Unset):
            until = UNSET
        else:
            until = datetime.datetime.fromisoformat(_until)

        _details = d.pop("details", UNSET)
        details: GateDecisionDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = GateDecisionDetails.from_dict(_details)

        gate_decision = cls(
            gate=gate,
            outcome=outcome,
            reason=reason,
            decided_at=decided_at,
            until=until,
            details=details,
        )

        gate_decision.additional_properties = d
        return gate_decision

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
