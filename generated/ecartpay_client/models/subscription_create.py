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


T = TypeVar("T", bound="SubscriptionCreate")


@_dataclass(slots=True)
class SubscriptionCreate:
    """The reference requires `customer_id`; its own "Generate Session Link" example sends
    `account_customer_id` instead, so either one is required. A plan comes from a
    template (`template_id` or `subscription_id`) or inline (`amount`).

    """

    customer_id: str | Unset = UNSET
    """ The customer to charge; this or `account_customer_id` is required. """
    account_customer_id: str | Unset = UNSET
    """ The customer to charge, as the vendor's session-link example names it; used instead of `customer_id`. """
    subscription_id: str | Unset = UNSET
    """ A subscription template's id (as in the reference's session-link example). """
    template_id: str | Unset = UNSET
    """ A subscription template's id. """
    amount: float | Unset = UNSET
    """ An amount in major units with at most two decimals (243.33; 243.333 is a 400),
    where no currency allowed has more. Subscriptions charge in MXN or USD, both with
    two; a payout's currency may have fewer (0 for JPY and CLP: 10.5 JPY is a 400
    too). Assumed, as for `Money`: at least 0.01 and at most 100,000,000.
     """
    currency: SubscriptionCurrency | Unset = UNSET
    """ Subscriptions charge in MXN or USD only (vendor docs); a request in another currency
    is invalid. Responses carry a plain string.
     """
    interval: SubscriptionInterval | Unset = UNSET
    """ How often a subscription charges, times its `frequency`. """
    frequency: int | Unset = UNSET
    """ Charge every `frequency` intervals (1 with `monthly`: each month). """
    service: str | Unset = UNSET
    """ The plan's name (`Gold Plus` in the vendor's examples). """
    trial_period_days: int | Unset = UNSET
    """ Days before the first charge. """
    end_date: str | Unset = UNSET
    """ A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
    `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
     """
    benefits: list[str] | Unset = UNSET
    """ What the plan includes, one line each, for the customer's page. """
    merchant_management: bool | Unset = UNSET
    """ A flag the vendor's examples send as `false`; what it changes is not documented by the vendor. """
    notify_url: str | Unset = UNSET
    billing_cycle: BillingCycle | Unset = UNSET
    card_ids: list[str] | Unset = UNSET
    """ Card ids (24-hex), as the vendor's examples show. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        account_customer_id = self.account_customer_id

        subscription_id = self.subscription_id

        template_id = self.template_id

        amount = self.amount

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        frequency = self.frequency

        service = self.service

        trial_period_days = self.trial_period_days

        end_date = self.end_date

        benefits: list[str] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits

        merchant_management = self.merchant_management

        notify_url = self.notify_url

        billing_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_cycle, Unset):
            billing_cycle = self.billing_cycle.to_dict()

        card_ids: list[str] | Unset = UNSET
        if not isinstance(self.card_ids, Unset):
            card_ids = self.card_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if account_customer_id is not UNSET:
            field_dict["account_customer_id"] = account_customer_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if service is not UNSET:
            field_dict["service"] = service
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if merchant_management is not UNSET:
            field_dict["merchant_management"] = merchant_management
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if billing_cycle is not UNSET:
            field_dict["billing_cycle"] = billing_cycle
        if card_ids is not UNSET:
            field_dict["card_ids"] = card_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_cycle import BillingCycle

        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        account_customer_id = d.pop("account_customer_id", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: SubscriptionCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = SubscriptionCurrency(_currency)

        _interval = d.pop("interval", UNSET)
        interval: SubscriptionInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = SubscriptionInterval(_interval)

        frequency = d.pop("frequency", UNSET)

        service = d.pop("service", UNSET)

        trial_period_days = d.pop("trial_period_days", UNSET)

        end_date = d.pop("end_date", UNSET)

        benefits = cast(list[str], d.pop("benefits", UNSET))

        merchant_management = d.pop("merchant_management", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        _billing_cycle = d.pop("billing_cycle", UNSET)
        billing_cycle: BillingCycle | Unset
        if isinstance(_billing_cycle, Unset):
            billing_cycle = UNSET
        else:
            billing_cycle = BillingCycle.from_dict(_billing_cycle)

        card_ids = cast(list[str], d.pop("card_ids", UNSET))

        subscription_create = cls(
            customer_id=customer_id,
            account_customer_id=account_customer_id,
            subscription_id=subscription_id,
            template_id=template_id,
            amount=amount,
            currency=currency,
            interval=interval,
            frequency=frequency,
            service=service,
            trial_period_days=trial_period_days,
            end_date=end_date,
            benefits=benefits,
            merchant_management=merchant_management,
            notify_url=notify_url,
            billing_cycle=billing_cycle,
            card_ids=card_ids,
        )

        subscription_create.additional_properties = d
        return subscription_create

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
