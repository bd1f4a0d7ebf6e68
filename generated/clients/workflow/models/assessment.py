from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_outcome import AssessmentOutcome, check_assessment_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="Assessment")


@_attrs_define
class Assessment:
    """
    Attributes:
        assessment_id (str):
        outcome (AssessmentOutcome):
        assessed_at (datetime.datetime):
        score (float | Unset):
        summary (str | Unset):
    """

    assessment_id: str
    outcome: AssessmentOutcome
    assessed_at: datetime.datetime
    score: float | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = self.assessment_id

        outcome: str = self.outcome

        assessed_at = self.assessed_at.isoformat()

        score = self.score

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "outcome": outcome,
                "assessed_at": assessed_at,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        outcome = check_assessment_outcome(d.pop("outcome"))

        assessed_at = datetime.datetime.fromisoformat(d.pop("assessed_at"))

        score = d.pop("score", UNSET)

        summary = d.pop("summary", UNSET)

        assessment = cls(
            assessment_id=assessment_id,
            outcome=outcome,
            assessed_at=assessed_at,
            score=score,
            summary=summary,
        )

        assessment.additional_properties = d
        return assessment

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
