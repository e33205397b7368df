from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payout_item_create import PayoutItemCreate


T = TypeVar("T", bound="PayoutCreate")


@_dataclass(slots=True)
class PayoutCreate:
    """Assumed: `amount` and `currency` are required (the reference marks nothing, but
    its recorded error shows a payout without a valid amount is refused). The
    recipient is an Ecart Pay user by `email` or a customer by `customer_id`.

    """

    amount: float
    """ An amount in major units with at most two decimals (243.33; 243.333 is a 400),
    where no currency allowed has more. Subscriptions charge in MXN or USD, both with
    two; a payout's currency may have fewer (0 for JPY and CLP: 10.5 JPY is a 400
    too). Assumed, as for `Money`: at least 0.01 and at most 100,000,000.
     """
    currency: str
    """ ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN, JPY, RUB, GBP,
    CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
    vendor adds later is accepted; responses use a plain string.
     """
    email: str | Unset = UNSET
    """ An email address (a pattern, so every validator agrees; whitespace is spelled out
    as ASCII, because `\\s` also matches control characters in Python but not in the
    fuzzer's generator).
     """
    customer_id: str | Unset = UNSET
    """ A customer of the account (404 when unknown). """
    payment_method_id: str | Unset = UNSET
    """ Which of the receiver's payment methods gets the money. """
    reference_id: str | Unset = UNSET
    """ Your unique id for this payout; usable only once (409 on reuse). """
    require_confirmation: bool | Unset = False
    """ true -> `pending` until confirmed; false (default) -> `paid` at once. """
    items: list[PayoutItemCreate] | Unset = UNSET
    """ Lines describing what the payout pays for. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        email = self.email

        customer_id = self.customer_id

        payment_method_id = self.payment_method_id

        reference_id = self.reference_id

        require_confirmation = self.require_confirmation

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if require_confirmation is not UNSET:
            field_dict["require_confirmation"] = require_confirmation
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payout_item_create import PayoutItemCreate

        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        email = d.pop("email", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        payment_method_id = d.pop("payment_method_id", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        require_confirmation = d.pop("require_confirmation", UNSET)

        _items = d.pop("items", UNSET)
        items: list[PayoutItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = PayoutItemCreate.from_dict(items_item_data)

                items.append(items_item)

        payout_create = cls(
            amount=amount,
            currency=currency,
            email=email,
            customer_id=customer_id,
            payment_method_id=payment_method_id,
            reference_id=reference_id,
            require_confirmation=require_confirmation,
            items=items,
        )

        payout_create.additional_properties = d
        return payout_create

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
