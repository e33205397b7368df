from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_information import BillingInformation


T = TypeVar("T", bound="BillingClientCreate")


@_dataclass(slots=True)
class BillingClientCreate:
    """Assumed - `billing_information` is required (it is what is stored)."""

    billing_information: BillingInformation
    """ A client's tax details (the vendor's field names: `razons` is the legal name,
    `regimen` the SAT tax regime, `invoice_use` the CFDI use). Every field optional.
     """
    user_id: str | Unset = UNSET
    """ The merchant's own id for this client. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        billing_information = self.billing_information.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_information": billing_information,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_information import BillingInformation

        d = dict(src_dict)
        billing_information = BillingInformation.from_dict(d.pop("billing_information"))

        user_id = d.pop("user_id", UNSET)

        billing_client_create = cls(
            billing_information=billing_information,
            user_id=user_id,
        )

        billing_client_create.additional_properties = d
        return billing_client_create

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
