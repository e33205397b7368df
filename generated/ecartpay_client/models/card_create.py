from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardCreate")


@_dataclass(slots=True)
class CardCreate:
    """A card, for a customer or for the account. `number` may carry spaces or dashes
    between digit groups (the reference's example does). Assumed required: `number`,
    `exp_month`, `exp_year` (the reference marks nothing required). The sandbox's test
    numbers are in the documentation, docs/guides/sandbox.md ("Test cards").

    """

    number: str
    """ 12 to 19 digits, optionally separated by single spaces or dashes. """
    exp_month: str
    """ Two digits, as a string. """
    exp_year: str
    """ Four digits, as a string. A past year is accepted (the reference stores one). """
    cvc: str | Unset = UNSET
    """ The card's 3 or 4 security digits. The stored card's answer never includes them. """
    name: str | Unset = UNSET
    """ The cardholder's name. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        exp_month = self.exp_month

        exp_year = self.exp_year

        cvc = self.cvc

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "exp_month": exp_month,
                "exp_year": exp_year,
            }
        )
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        exp_month = d.pop("exp_month")

        exp_year = d.pop("exp_year")

        cvc = d.pop("cvc", UNSET)

        name = d.pop("name", UNSET)

        card_create = cls(
            number=number,
            exp_month=exp_month,
            exp_year=exp_year,
            cvc=cvc,
            name=name,
        )

        card_create.additional_properties = d
        return card_create

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
