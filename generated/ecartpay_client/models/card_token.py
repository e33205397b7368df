from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_brand import CardBrand
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardToken")


@_attrs_define
class CardToken:
    """The reference records only `token`. Assumed (marked so): the card it stands for
    and the installment plan it carries.

    """

    token: str
    """ Single use, `ca_` and hex digits. """
    card_id: str | Unset = UNSET
    """ Assumed. The tokenized card. """
    customer_id: None | str | Unset = UNSET
    """ Assumed. The card's customer; null for a stored card. """
    brand: CardBrand | str | Unset = UNSET
    last: str | Unset = UNSET
    """ Assumed. The card's last four digits. """
    installments: int | None | Unset = UNSET
    """ Assumed. The installment plan chosen, null for a single payment. """
    fixed_installments: bool | Unset = UNSET
    """ Assumed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        card_id = self.card_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        brand: str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, CardBrand):
            brand = self.brand.value
        else:
            brand = self.brand

        last = self.last

        installments: int | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        else:
            installments = self.installments

        fixed_installments = self.fixed_installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if brand is not UNSET:
            field_dict["brand"] = brand
        if last is not UNSET:
            field_dict["last"] = last
        if installments is not UNSET:
            field_dict["installments"] = installments
        if fixed_installments is not UNSET:
            field_dict["fixed_installments"] = fixed_installments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        card_id = d.pop("card_id", UNSET)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_brand(data: object) -> CardBrand | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                brand_type_0 = CardBrand(data)

                return brand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardBrand | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        last = d.pop("last", UNSET)

        def _parse_installments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        fixed_installments = d.pop("fixed_installments", UNSET)

        card_token = cls(
            token=token,
            card_id=card_id,
            customer_id=customer_id,
            brand=brand,
            last=last,
            installments=installments,
            fixed_installments=fixed_installments,
        )

        card_token.additional_properties = d
        return card_token

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
