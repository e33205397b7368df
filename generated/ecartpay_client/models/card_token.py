from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardToken")


@_dataclass(slots=True)
class CardToken:
    """The reference records only `token`. Assumed: the installment plan it carries,
    echoed when one was asked for.

    """

    token: str
    """ Single use, `ca_` and hex digits. """
    installments: int | None | Unset = UNSET
    """ Assumed. The installment plan chosen, when one was. """
    fixed_installments: bool | Unset = UNSET
    """ Assumed. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        token = self.token

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
        if installments is not UNSET:
            field_dict["installments"] = installments
        if fixed_installments is not UNSET:
            field_dict["fixed_installments"] = fixed_installments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

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
