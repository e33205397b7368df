from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..models.installments import Installments
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardTokenCreate")


@_dataclass(slots=True)
class CardTokenCreate:
    """The reference requires only `id`."""

    id: str
    """ A 24-hex identifier (a MongoDB ObjectId). """
    cvc: str | Unset = UNSET
    """ The card's 3 or 4 security digits; optional in the vendor's reference. """
    installments: Installments | Unset = UNSET
    """ Monthly installments the reference allows. """
    fixed_installments: bool | Unset = UNSET
    """ Fixed-rate installments instead of interest-free ones. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cvc = self.cvc

        installments: int | Unset = UNSET
        if not isinstance(self.installments, Unset):
            installments = self.installments.value

        fixed_installments = self.fixed_installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if installments is not UNSET:
            field_dict["installments"] = installments
        if fixed_installments is not UNSET:
            field_dict["fixed_installments"] = fixed_installments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        cvc = d.pop("cvc", UNSET)

        _installments = d.pop("installments", UNSET)
        installments: Installments | Unset
        if isinstance(_installments, Unset):
            installments = UNSET
        else:
            installments = Installments(_installments)

        fixed_installments = d.pop("fixed_installments", UNSET)

        card_token_create = cls(
            id=id,
            cvc=cvc,
            installments=installments,
            fixed_installments=fixed_installments,
        )

        card_token_create.additional_properties = d
        return card_token_create

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
