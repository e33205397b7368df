from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemCreate")


@_dataclass(slots=True)
class InvoiceItemCreate:
    name: str
    quantity: float | str | Unset = UNSET
    """ A number, or a string holding one (the vendor types invoice items as strings). """
    price: float | str | Unset = UNSET
    """ A number, or a string holding one (the vendor types invoice items as strings). """
    discount: float | str | Unset = UNSET
    """ A number, or a string holding one (the vendor types invoice items as strings). """
    tax: float | str | Unset = UNSET
    """ A number, or a string holding one (the vendor types invoice items as strings). """
    total: float | str | Unset = UNSET
    """ A number, or a string holding one (the vendor types invoice items as strings). """
    fiscal_code: str | Unset = UNSET
    """ SAT product or service code (Clave de Producto/Servicio). """
    unit_code: str | Unset = UNSET
    """ SAT unit code (Clave de Unidad). """
    is_service: bool | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity: float | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        discount: float | str | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        tax: float | str | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        total: float | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        fiscal_code = self.fiscal_code

        unit_code = self.unit_code

        is_service: bool | str | Unset
        if isinstance(self.is_service, Unset):
            is_service = UNSET
        else:
            is_service = self.is_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if fiscal_code is not UNSET:
            field_dict["fiscal_code"] = fiscal_code
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code
        if is_service is not UNSET:
            field_dict["is_service"] = is_service

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_quantity(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_discount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_tax(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        def _parse_total(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        fiscal_code = d.pop("fiscal_code", UNSET)

        unit_code = d.pop("unit_code", UNSET)

        def _parse_is_service(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_service = _parse_is_service(d.pop("is_service", UNSET))

        invoice_item_create = cls(
            name=name,
            quantity=quantity,
            price=price,
            discount=discount,
            tax=tax,
            total=total,
            fiscal_code=fiscal_code,
            unit_code=unit_code,
            is_service=is_service,
        )

        invoice_item_create.additional_properties = d
        return invoice_item_create

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
