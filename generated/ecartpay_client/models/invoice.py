from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_information import BillingInformation
    from ..models.invoice_item import InvoiceItem


T = TypeVar("T", bound="Invoice")


@_dataclass(slots=True)
class Invoice:
    """Assumed shape (no recorded answer)."""

    id: str
    account_id: str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    status: InvoiceStatus | str | Unset = UNSET
    uuid: str | Unset = UNSET
    """ The fiscal folio (UUID) the tax authority stamped. """
    serie: None | str | Unset = UNSET
    folio: None | str | Unset = UNSET
    country: str | Unset = UNSET
    currency: str | Unset = UNSET
    items: list[InvoiceItem] | Unset = UNSET
    subtotal: float | Unset = UNSET
    tax: float | Unset = UNSET
    total: float | Unset = UNSET
    billing_information: BillingInformation | Unset = UNSET
    """ A client's tax details (the vendor's field names: `razons` is the legal name,
    `regimen` the SAT tax regime, `invoice_use` the CFDI use). Every field optional.
     """
    year: str | Unset = UNSET
    month: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceStatus):
            status = self.status.value
        else:
            status = self.status

        uuid = self.uuid

        serie: None | str | Unset
        if isinstance(self.serie, Unset):
            serie = UNSET
        else:
            serie = self.serie

        folio: None | str | Unset
        if isinstance(self.folio, Unset):
            folio = UNSET
        else:
            folio = self.folio

        country = self.country

        currency = self.currency

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        subtotal = self.subtotal

        tax = self.tax

        total = self.total

        billing_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_information, Unset):
            billing_information = self.billing_information.to_dict()

        year = self.year

        month = self.month

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if status is not UNSET:
            field_dict["status"] = status
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if serie is not UNSET:
            field_dict["serie"] = serie
        if folio is not UNSET:
            field_dict["folio"] = folio
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if items is not UNSET:
            field_dict["items"] = items
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if billing_information is not UNSET:
            field_dict["billing_information"] = billing_information
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_information import BillingInformation
        from ..models.invoice_item import InvoiceItem

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_status(data: object) -> InvoiceStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InvoiceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        uuid = d.pop("uuid", UNSET)

        def _parse_serie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serie = _parse_serie(d.pop("serie", UNSET))

        def _parse_folio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folio = _parse_folio(d.pop("folio", UNSET))

        country = d.pop("country", UNSET)

        currency = d.pop("currency", UNSET)

        _items = d.pop("items", UNSET)
        items: list[InvoiceItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = InvoiceItem.from_dict(items_item_data)

                items.append(items_item)

        subtotal = d.pop("subtotal", UNSET)

        tax = d.pop("tax", UNSET)

        total = d.pop("total", UNSET)

        _billing_information = d.pop("billing_information", UNSET)
        billing_information: BillingInformation | Unset
        if isinstance(_billing_information, Unset):
            billing_information = UNSET
        else:
            billing_information = BillingInformation.from_dict(_billing_information)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        created_at = d.pop("created_at", UNSET)

        invoice = cls(
            id=id,
            account_id=account_id,
            order_id=order_id,
            status=status,
            uuid=uuid,
            serie=serie,
            folio=folio,
            country=country,
            currency=currency,
            items=items,
            subtotal=subtotal,
            tax=tax,
            total=total,
            billing_information=billing_information,
            year=year,
            month=month,
            created_at=created_at,
        )

        invoice.additional_properties = d
        return invoice

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
