from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_information import BillingInformation
    from ..models.invoice_item_create import InvoiceItemCreate


T = TypeVar("T", bound="InvoiceCreate")


@_dataclass(slots=True)
class InvoiceCreate:
    order_id: str | Unset = UNSET
    """ The order to invoice; without it, the invoice covers `items` alone. """
    currency: str | Unset = UNSET
    """ ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN, JPY, RUB, GBP,
    CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
    vendor adds later is accepted; responses use a plain string.
     """
    items: list[InvoiceItemCreate] | Unset = UNSET
    """ The invoice's lines, each with its SAT product and unit codes. """
    billing_information: BillingInformation | Unset = UNSET
    """ A client's tax details (the vendor's field names: `razons` is the legal name,
    `regimen` the SAT tax regime, `invoice_use` the CFDI use). Every field optional.
     """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        currency = self.currency

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        billing_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_information, Unset):
            billing_information = self.billing_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if items is not UNSET:
            field_dict["items"] = items
        if billing_information is not UNSET:
            field_dict["billing_information"] = billing_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_information import BillingInformation
        from ..models.invoice_item_create import InvoiceItemCreate

        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        currency = d.pop("currency", UNSET)

        _items = d.pop("items", UNSET)
        items: list[InvoiceItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = InvoiceItemCreate.from_dict(items_item_data)

                items.append(items_item)

        _billing_information = d.pop("billing_information", UNSET)
        billing_information: BillingInformation | Unset
        if isinstance(_billing_information, Unset):
            billing_information = UNSET
        else:
            billing_information = BillingInformation.from_dict(_billing_information)

        invoice_create = cls(
            order_id=order_id,
            currency=currency,
            items=items,
            billing_information=billing_information,
        )

        invoice_create.additional_properties = d
        return invoice_create

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
