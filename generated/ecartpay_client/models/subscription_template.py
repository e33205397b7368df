from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.subscription_interval import SubscriptionInterval
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_cycle import BillingCycle


T = TypeVar("T", bound="SubscriptionTemplate")


@_dataclass(slots=True)
class SubscriptionTemplate:
    id: str
    account_id: str | Unset = UNSET
    service: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    interval: str | SubscriptionInterval | Unset = UNSET
    frequency: float | Unset = UNSET
    trial_period_days: float | None | Unset = UNSET
    benefits: list[str] | Unset = UNSET
    end_date: None | str | Unset = UNSET
    billing_cycle: BillingCycle | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_cycle import BillingCycle

        id = self.id

        account_id = self.account_id

        service = self.service

        amount = self.amount

        currency = self.currency

        interval: str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, SubscriptionInterval):
            interval = self.interval.value
        else:
            interval = self.interval

        frequency = self.frequency

        trial_period_days: float | None | Unset
        if isinstance(self.trial_period_days, Unset):
            trial_period_days = UNSET
        else:
            trial_period_days = self.trial_period_days

        benefits: list[str] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        billing_cycle: dict[str, Any] | None | Unset
        if isinstance(self.billing_cycle, Unset):
            billing_cycle = UNSET
        elif isinstance(self.billing_cycle, BillingCycle):
            billing_cycle = self.billing_cycle.to_dict()
        else:
            billing_cycle = self.billing_cycle

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if service is not UNSET:
            field_dict["service"] = service
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if billing_cycle is not UNSET:
            field_dict["billing_cycle"] = billing_cycle
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_cycle import BillingCycle

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        service = d.pop("service", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_interval(data: object) -> str | SubscriptionInterval | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_0 = SubscriptionInterval(data)

                return interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubscriptionInterval | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        frequency = d.pop("frequency", UNSET)

        def _parse_trial_period_days(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trial_period_days = _parse_trial_period_days(d.pop("trial_period_days", UNSET))

        benefits = cast(list[str], d.pop("benefits", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_billing_cycle(data: object) -> BillingCycle | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_cycle_type_0 = BillingCycle.from_dict(data)

                return billing_cycle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCycle | None | Unset, data)

        billing_cycle = _parse_billing_cycle(d.pop("billing_cycle", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        subscription_template = cls(
            id=id,
            account_id=account_id,
            service=service,
            amount=amount,
            currency=currency,
            interval=interval,
            frequency=frequency,
            trial_period_days=trial_period_days,
            benefits=benefits,
            end_date=end_date,
            billing_cycle=billing_cycle,
            created_at=created_at,
            updated_at=updated_at,
        )

        subscription_template.additional_properties = d
        return subscription_template

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
