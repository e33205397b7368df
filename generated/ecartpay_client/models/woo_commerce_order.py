from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="WooCommerceOrder")


@_dataclass(slots=True)
class WooCommerceOrder:
    """Assumed (the vendor documents no answer)."""

    id: str
    """ The Ecart Pay order's id. """
    woocommerce_id: int
    status: str | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | Unset = UNSET
    total: float | Unset = UNSET
    pay_link: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        woocommerce_id = self.woocommerce_id

        status = self.status

        currency = self.currency

        email = self.email

        total = self.total

        pay_link = self.pay_link

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "woocommerce_id": woocommerce_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if email is not UNSET:
            field_dict["email"] = email
        if total is not UNSET:
            field_dict["total"] = total
        if pay_link is not UNSET:
            field_dict["pay_link"] = pay_link
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        woocommerce_id = d.pop("woocommerce_id")

        status = d.pop("status", UNSET)

        currency = d.pop("currency", UNSET)

        email = d.pop("email", UNSET)

        total = d.pop("total", UNSET)

        pay_link = d.pop("pay_link", UNSET)

        created_at = d.pop("created_at", UNSET)

        woo_commerce_order = cls(
            id=id,
            woocommerce_id=woocommerce_id,
            status=status,
            currency=currency,
            email=email,
            total=total,
            pay_link=pay_link,
            created_at=created_at,
        )

        woo_commerce_order.additional_properties = d
        return woo_commerce_order

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
