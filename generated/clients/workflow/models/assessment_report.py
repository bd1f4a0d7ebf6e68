from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_outcome import AssessmentOutcome, check_assessment_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssessmentReport")


@_attrs_define
class AssessmentReport:
    """
    Attributes:
        assessment_id (str):
        outcome (AssessmentOutcome):
        execution_id (str | Unset):
        score (float | Unset):
        assessed_at (datetime.datetime | Unset):
        summary (str | Unset):
    """

    assessment_id: str
    outcome: AssessmentOutcome
    execution_id: str | Unset = UNSET
    score: float | Unset = UNSET
    assessed_at: datetime.datetime | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = self.assessment_id

        outcome: str = self.outcome

        execution_id = self.execution_id

        score = self.score

        assessed_at: str | Unset = UNSET
        if not isinstance(self.assessed_at, Unset):
            assessed_at = self.assessed_at.isoformat()

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "outcome": outcome,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if score is not UNSET:
            field_dict["score"] = score
        if assessed_at is not UNSET:
            field_dict["assessed_at"] = assessed_at
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        outcome = check_assessment_outcome(d.pop("outcome"))

        execution_id = d.pop("execution_id", UNSET)

        score = d.pop("score", UNSET)

        _assessed_at = d.pop("assessed_at", UNSET)
        assessed_at: datetime.datetime | Unset
        if isinstance(_assessed_at, Unset):
            assessed_at = UNSET
        else:
            assessed_at = datetime.datetime.fromisoformat(_assessed_at)

        summary = d.pop("summary", UNSET)

        assessment_report = cls(
            assessment_id=assessment_id,
            outcome=outcome,
            execution_id=execution_id,
            score=score,
            assessed_at=assessed_at,
            summary=summary,
        )

        assessment_report.additional_properties = d
        return assessment_report

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
