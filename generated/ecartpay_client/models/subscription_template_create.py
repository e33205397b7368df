from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.subscription_currency import SubscriptionCurrency
from ..models.subscription_interval import SubscriptionInterval
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_cycle import BillingCycle


T = TypeVar("T", bound="SubscriptionTemplateCreate")


@_dataclass(slots=True)
class SubscriptionTemplateCreate:
    service: str
    """ The plan's name (`Gold Plus` in the vendor's examples). """
    amount: float
    """ An amount in major units with at most two decimals (243.33; 243.333 is a 400),
    where no currency allowed has more. Subscriptions charge in MXN or USD, both with
    two; a payout's currency may have fewer (0 for JPY and CLP: 10.5 JPY is a 400
    too). Assumed, as for `Money`: at least 0.01 and at most 100,000,000.
     """
    currency: SubscriptionCurrency
    """ Subscriptions charge in MXN or USD only (vendor docs); a request in another currency
    is invalid. Responses carry a plain string.
     """
    interval: SubscriptionInterval
    """ How often a subscription charges, times its `frequency`. """
    frequency: int
    """ Charge every `frequency` intervals (1 with `monthly`: each month). """
    trial_period_days: int | Unset = UNSET
    """ Days before the first charge of each subscription. """
    benefits: list[str] | Unset = UNSET
    """ What the plan includes, one line each. """
    end_date: str | Unset = UNSET
    """ A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
    `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
     """
    billing_cycle: BillingCycle | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        amount = self.amount

        currency = self.currency.value

        interval = self.interval.value

        frequency = self.frequency

        trial_period_days = self.trial_period_days

        benefits: list[str] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits

        end_date = self.end_date

        billing_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_cycle, Unset):
            billing_cycle = self.billing_cycle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "amount": amount,
                "currency": currency,
                "interval": interval,
                "frequency": frequency,
            }
        )
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if billing_cycle is not UNSET:
            field_dict["billing_cycle"] = billing_cycle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_cycle import BillingCycle

        d = dict(src_dict)
        service = d.pop("service")

        amount = d.pop("amount")

        currency = SubscriptionCurrency(d.pop("currency"))

        interval = SubscriptionInterval(d.pop("interval"))

        frequency = d.pop("frequency")

        trial_period_days = d.pop("trial_period_days", UNSET)

        benefits = cast(list[str], d.pop("benefits", UNSET))

        end_date = d.pop("end_date", UNSET)

        _billing_cycle = d.pop("billing_cycle", UNSET)
        billing_cycle: BillingCycle | Unset
        if isinstance(_billing_cycle, Unset):
            billing_cycle = UNSET
        else:
            billing_cycle = BillingCycle.from_dict(_billing_cycle)

        subscription_template_create = cls(
            service=service,
            amount=amount,
            currency=currency,
            interval=interval,
            frequency=frequency,
            trial_period_days=trial_period_days,
            benefits=benefits,
            end_date=end_date,
            billing_cycle=billing_cycle,
        )

        subscription_template_create.additional_properties = d
        return subscription_template_create

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
