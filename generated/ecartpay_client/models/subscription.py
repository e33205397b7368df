from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.subscription_interval import SubscriptionInterval
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_cycle import BillingCycle


T = TypeVar("T", bound="Subscription")


@_dataclass(slots=True)
class Subscription:
    id: str
    account_id: str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    """ Assumed the id of the user who created it (as on chargebacks). """
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    interval: str | SubscriptionInterval | Unset = UNSET
    frequency: float | Unset = UNSET
    service: None | str | Unset = UNSET
    status: str | SubscriptionStatus | Unset = UNSET
    activated: bool | Unset = UNSET
    attempts: int | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    card_ids: list[str] | Unset = UNSET
    trial_period_days: float | None | Unset = UNSET
    next_payment_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    benefits: list[str] | Unset = UNSET
    billing_cycle: BillingCycle | None | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    invitation_link: None | str | Unset = UNSET
    """ Assumed where the customer adds a card to a pending subscription. """
    invitation_sent_at: None | str | Unset = UNSET
    """ Assumed when the invitation was last sent. """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_cycle import BillingCycle

        id = self.id

        account_id = self.account_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SubscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        activated = self.activated

        attempts = self.attempts

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        card_ids: list[str] | Unset = UNSET
        if not isinstance(self.card_ids, Unset):
            card_ids = self.card_ids

        trial_period_days: float | None | Unset
        if isinstance(self.trial_period_days, Unset):
            trial_period_days = UNSET
        else:
            trial_period_days = self.trial_period_days

        next_payment_date: None | str | Unset
        if isinstance(self.next_payment_date, Unset):
            next_payment_date = UNSET
        else:
            next_payment_date = self.next_payment_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        benefits: list[str] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits

        billing_cycle: dict[str, Any] | None | Unset
        if isinstance(self.billing_cycle, Unset):
            billing_cycle = UNSET
        elif isinstance(self.billing_cycle, BillingCycle):
            billing_cycle = self.billing_cycle.to_dict()
        else:
            billing_cycle = self.billing_cycle

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        invitation_link: None | str | Unset
        if isinstance(self.invitation_link, Unset):
            invitation_link = UNSET
        else:
            invitation_link = self.invitation_link

        invitation_sent_at: None | str | Unset
        if isinstance(self.invitation_sent_at, Unset):
            invitation_sent_at = UNSET
        else:
            invitation_sent_at = self.invitation_sent_at

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
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
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
        if status is not UNSET:
            field_dict["status"] = status
        if activated is not UNSET:
            field_dict["activated"] = activated
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if errors is not UNSET:
            field_dict["errors"] = errors
        if card_ids is not UNSET:
            field_dict["card_ids"] = card_ids
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days
        if next_payment_date is not UNSET:
            field_dict["next_payment_date"] = next_payment_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if billing_cycle is not UNSET:
            field_dict["billing_cycle"] = billing_cycle
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if invitation_link is not UNSET:
            field_dict["invitation_link"] = invitation_link
        if invitation_sent_at is not UNSET:
            field_dict["invitation_sent_at"] = invitation_sent_at
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

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

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

        def _parse_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_status(data: object) -> str | SubscriptionStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SubscriptionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubscriptionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        activated = d.pop("activated", UNSET)

        attempts = d.pop("attempts", UNSET)

        errors = cast(list[Any], d.pop("errors", UNSET))

        card_ids = cast(list[str], d.pop("card_ids", UNSET))

        def _parse_trial_period_days(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trial_period_days = _parse_trial_period_days(d.pop("trial_period_days", UNSET))

        def _parse_next_payment_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_payment_date = _parse_next_payment_date(d.pop("next_payment_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        benefits = cast(list[str], d.pop("benefits", UNSET))

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

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        def _parse_invitation_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invitation_link = _parse_invitation_link(d.pop("invitation_link", UNSET))

        def _parse_invitation_sent_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invitation_sent_at = _parse_invitation_sent_at(
            d.pop("invitation_sent_at", UNSET)
        )

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        subscription = cls(
            id=id,
            account_id=account_id,
            customer_id=customer_id,
            template_id=template_id,
            created_by=created_by,
            amount=amount,
            currency=currency,
            interval=interval,
            frequency=frequency,
            service=service,
            status=status,
            activated=activated,
            attempts=attempts,
            errors=errors,
            card_ids=card_ids,
            trial_period_days=trial_period_days,
            next_payment_date=next_payment_date,
            end_date=end_date,
            benefits=benefits,
            billing_cycle=billing_cycle,
            notify_url=notify_url,
            invitation_link=invitation_link,
            invitation_sent_at=invitation_sent_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        subscription.additional_properties = d
        return subscription

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
