from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intake_stats_downstream import IntakeStatsDownstream, check_intake_stats_downstream
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntakeStats")


@_attrs_define
class IntakeStats:
    """
    Attributes:
        received_total (int): Alerts received since start.
        accepted_total (int): New events stored since start.
        duplicates_total (int):
        out_of_scope_total (int):
        coalesced_total (int): Alerts folded into storm summaries.
        throttled_total (int): Forwarding rounds held back by the global rate limit.
        forwarded_total (int):
        forward_failures_total (int):
        pending (int): Events stored and not yet accepted by alert-service.
        downstream (IntakeStatsDownstream):
        oldest_pending_age_seconds (float | Unset):
    """

    received_total: int
    accepted_total: int
    duplicates_total: int
    out_of_scope_total: int
    coalesced_total: int
    throttled_total: int
    forwarded_total: int
    forward_failures_total: int
    pending: int
    downstream: IntakeStatsDownstream
    oldest_pending_age_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received_total = self.received_total

        accepted_total = self.accepted_total

        duplicates_total = self.duplicates_total

        out_of_scope_total = self.out_of_scope_total

        coalesced_total = self.coalesced_total

        throttled_total = self.throttled_total

        forwarded_total = self.forwarded_total

        forward_failures_total = self.forward_failures_total

        pending = self.pending

        downstream: str = self.downstream

        oldest_pending_age_seconds = self.oldest_pending_age_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "received_total": received_total,
                "accepted_total": accepted_total,
                "duplicates_total": duplicates_total,
                "out_of_scope_total": out_of_scope_total,
                "coalesced_total": coalesced_total,
                "throttled_total": throttled_total,
                "forwarded_total": forwarded_total,
                "forward_failures_total": forward_failures_total,
                "pending": pending,
                "downstream": downstream,
            }
        )
        if oldest_pending_age_seconds is not UNSET:
            field_dict["oldest_pending_age_seconds"] = oldest_pending_age_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_total = d.pop("received_total")

        accepted_total = d.pop("accepted_total")

        duplicates_total = d.pop("duplicates_total")

        out_of_scope_total = d.pop("out_of_scope_total")

        coalesced_total = d.pop("coalesced_total")

        throttled_total = d.pop("throttled_total")

        forwarded_total = d.pop("forwarded_total")

        forward_failures_total = d.pop("forward_failures_total")

        pending = d.pop("pending")

        downstream = check_intake_stats_downstream(d.pop("downstream"))

        oldest_pending_age_seconds = d.pop("oldest_pending_age_seconds", UNSET)

        intake_stats = cls(
            received_total=received_total,
            accepted_total=accepted_total,
            duplicates_total=duplicates_total,
            out_of_scope_total=out_of_scope_total,
            coalesced_total=coalesced_total,
            throttled_total=throttled_total,
            forwarded_total=forwarded_total,
            forward_failures_total=forward_failures_total,
            pending=pending,
            downstream=downstream,
            oldest_pending_age_seconds=oldest_pending_age_seconds,
        )

        intake_stats.additional_properties = d
        return intake_stats

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
