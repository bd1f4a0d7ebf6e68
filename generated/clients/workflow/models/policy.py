from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_dry_run_actions import PolicyDryRunActions
    from ..models.policy_dry_run_namespaces import PolicyDryRunNamespaces


T = TypeVar("T", bound="Policy")


@_attrs_define
class Policy:
    """
    Attributes:
        confidence_floor (float):
        cooldown_seconds (int):
        dry_run_default (bool):
        approval_actions (list[str] | Unset):
        approval_kinds (list[str] | Unset):
        approval_risks (list[str] | Unset):
        approval_timeout_seconds (int | Unset):
        protected_namespaces (list[str] | Unset):
        managed_namespaces (list[str] | Unset):
        max_consecutive_failures (int | Unset):
        failure_block_seconds (int | Unset):
        rate_limit_global (int | Unset):
        rate_limit_per_namespace (int | Unset):
        rate_limit_window_seconds (int | Unset):
        dry_run_namespaces (PolicyDryRunNamespaces | Unset):
        dry_run_actions (PolicyDryRunActions | Unset):
        executor_deadline_seconds (int | Unset):
    """

    confidence_floor: float
    cooldown_seconds: int
    dry_run_default: bool
    approval_actions: list[str] | Unset = UNSET
    approval_kinds: list[str] | Unset = UNSET
    approval_risks: list[str] | Unset = UNSET
    approval_timeout_seconds: int | Unset = UNSET
    protected_namespaces: list[str] | Unset = UNSET
    managed_namespaces: list[str] | Unset = UNSET
    max_consecutive_failures: int | Unset = UNSET
    failure_block_seconds: int | Unset = UNSET
    rate_limit_global: int | Unset = UNSET
    rate_limit_per_namespace: int | Unset = UNSET
    rate_limit_window_seconds: int | Unset = UNSET
    dry_run_namespaces: PolicyDryRunNamespaces | Unset = UNSET
    dry_run_actions: PolicyDryRunActions | Unset = UNSET
    executor_deadline_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence_floor = self.confidence_floor

        cooldown_seconds = self.cooldown_seconds

        dry_run_default = self.dry_run_default

        approval_actions: list[str] | Unset = UNSET
        if not isinstance(self.approval_actions, Unset):
            approval_actions = self.approval_actions

        approval_kinds: list[str] | Unset = UNSET
        if not isinstance(self.approval_kinds, Unset):
            approval_kinds = self.approval_kinds

        approval_risks: list[str] | Unset = UNSET
        if not isinstance(self.approval_risks, Unset):
            approval_risks = self.approval_risks

        approval_timeout_seconds = self.approval_timeout_seconds

        protected_namespaces: list[str] | Unset = UNSET
        if not isinstance(self.protected_namespaces, Unset):
            protected_namespaces = self.protected_namespaces

        managed_namespaces: list[str] | Unset = UNSET
        if not isinstance(self.managed_namespaces, Unset):
            managed_namespaces = self.managed_namespaces

        max_consecutive_failures = self.max_consecutive_failures

        failure_block_seconds = self.failure_block_seconds

        rate_limit_global = self.rate_limit_global

        rate_limit_per_namespace = self.rate_limit_per_namespace

        rate_limit_window_seconds = self.rate_limit_window_seconds

        dry_run_namespaces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dry_run_namespaces, Unset):
            dry_run_namespaces = self.dry_run_namespaces.to_dict()

        dry_run_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dry_run_actions, Unset):
            dry_run_actions = self.dry_run_actions.to_dict()

        executor_deadline_seconds = self.executor_deadline_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confidence_floor": confidence_floor,
                "cooldown_seconds": cooldown_seconds,
                "dry_run_default": dry_run_default,
            }
        )
        if approval_actions is not UNSET:
            field_dict["approval_actions"] = approval_actions
        if approval_kinds is not UNSET:
            field_dict["approval_kinds"] = approval_kinds
        if approval_risks is not UNSET:
            field_dict["approval_risks"] = approval_risks
        if approval_timeout_seconds is not UNSET:
            field_dict["approval_timeout_seconds"] = approval_timeout_seconds
        if protected_namespaces is not UNSET:
            field_dict["protected_namespaces"] = protected_namespaces
        if managed_namespaces is not UNSET:
            field_dict["managed_namespaces"] = managed_namespaces
        if max_consecutive_failures is not UNSET:
            field_dict["max_consecutive_failures"] = max_consecutive_failures
        if failure_block_seconds is not UNSET:
            field_dict["failure_block_seconds"] = failure_block_seconds
        if rate_limit_global is not UNSET:
            field_dict["rate_limit_global"] = rate_limit_global
        if rate_limit_per_namespace is not UNSET:
            field_dict["rate_limit_per_namespace"] = rate_limit_per_namespace
        if rate_limit_window_seconds is not UNSET:
            field_dict["rate_limit_window_seconds"] = rate_limit_window_seconds
        if dry_run_namespaces is not UNSET:
            field_dict["dry_run_namespaces"] = dry_run_namespaces
        if dry_run_actions is not UNSET:
            field_dict["dry_run_actions"] = dry_run_actions
        if executor_deadline_seconds is not UNSET:
            field_dict["executor_deadline_seconds"] = executor_deadline_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_dry_run_actions import PolicyDryRunActions
        from ..models.policy_dry_run_namespaces import PolicyDryRunNamespaces

        d = dict(src_dict)
        confidence_floor = d.pop("confidence_floor")

        cooldown_seconds = d.pop("cooldown_seconds")

        dry_run_default = d.pop("dry_run_default")

        approval_actions = cast(list[str], d.pop("approval_actions", UNSET))

        approval_kinds = cast(list[str], d.pop("approval_kinds", UNSET))

        approval_risks = cast(list[str], d.pop("approval_risks", UNSET))

        approval_timeout_seconds = d.pop("approval_timeout_seconds", UNSET)

        protected_namespaces = cast(list[str], d.pop("protected_namespaces", UNSET))

        managed_namespaces = cast(list[str], d.pop("managed_namespaces", UNSET))

        max_consecutive_failures = d.pop("max_consecutive_failures", UNSET)

        failure_block_seconds = d.pop("failure_block_seconds", UNSET)

        rate_limit_global = d.pop("rate_limit_global", UNSET)

        rate_limit_per_namespace = d.pop("rate_limit_per_namespace", UNSET)

        rate_limit_window_seconds = d.pop("rate_limit_window_seconds", UNSET)

        _dry_run_namespaces = d.pop("dry_run_namespaces", UNSET)
        dry_run_namespaces: PolicyDryRunNamespaces | Unset
        if isinstance(_dry_run_namespaces, Unset):
            dry_run_namespaces = UNSET
        else:
            dry_run_namespaces = PolicyDryRunNamespaces.from_dict(_dry_run_namespaces)

        _dry_run_actions = d.pop("dry_run_actions", UNSET)
        dry_run_actions: PolicyDryRunActions | Unset
        if isinstance(_dry_run_actions, Unset):
            dry_run_actions = UNSET
        else:
            dry_run_actions = PolicyDryRunActions.from_dict(_dry_run_actions)

        executor_deadline_seconds = d.pop("executor_deadline_seconds", UNSET)

        policy = cls(
            confidence_floor=confidence_floor,
            cooldown_seconds=cooldown_seconds,
            dry_run_default=dry_run_default,
            approval_actions=approval_actions,
            approval_kinds=approval_kinds,
            approval_risks=approval_risks,
            approval_timeout_seconds=approval_timeout_seconds,
            protected_namespaces=protected_namespaces,
            managed_namespaces=managed_namespaces,
            max_consecutive_failures=max_consecutive_failures,
            failure_block_seconds=failure_block_seconds,
            rate_limit_global=rate_limit_global,
            rate_limit_per_namespace=rate_limit_per_namespace,
            rate_limit_window_seconds=rate_limit_window_seconds,
            dry_run_namespaces=dry_run_namespaces,
            dry_run_actions=dry_run_actions,
            executor_deadline_seconds=executor_deadline_seconds,
        )

        policy.additional_properties = d
        return policy

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
