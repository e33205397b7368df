from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_information import BillingInformation


T = TypeVar("T", bound="BillingClient")


@_dataclass(slots=True)
class BillingClient:
    """Assumed shape (no recorded answer)."""

    id: str
    account_id: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    billing_information: BillingInformation | Unset = UNSET
    """ A client's tax details (the vendor's field names: `razons` is the legal name,
    `regimen` the SAT tax regime, `invoice_use` the CFDI use). Every field optional.
     """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        billing_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_information, Unset):
            billing_information = self.billing_information.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if billing_information is not UNSET:
            field_dict["billing_information"] = billing_information
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_information import BillingInformation

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

        _billing_information = d.pop("billing_information", UNSET)
        billing_information: BillingInformation | Unset
        if isinstance(_billing_information, Unset):
            billing_information = UNSET
        else:
            billing_information = BillingInformation.from_dict(_billing_information)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        billing_client = cls(
            id=id,
            account_id=account_id,
            user_id=user_id,
            provider_id=provider_id,
            billing_information=billing_information,
            created_at=created_at,
            updated_at=updated_at,
        )

        billing_client.additional_properties = d
        return billing_client

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
