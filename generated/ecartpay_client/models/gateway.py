from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_gateway import AccountGateway
    from ..models.gateway_method import GatewayMethod


T = TypeVar("T", bound="Gateway")


@_dataclass(slots=True)
class Gateway:
    id: str
    gateway: str | Unset = UNSET
    """ The gateway's key (conekta, ecartpay, stripe, ...). """
    title: str | Unset = UNSET
    active: bool | Unset = UNSET
    has_keys: bool | Unset = UNSET
    """ Whether the account stored its own keys for this gateway. """
    currency: list[str] | Unset = UNSET
    country: str | Unset = UNSET
    icon: str | Unset = UNSET
    onclick: bool | Unset = UNSET
    methods: list[GatewayMethod] | Unset = UNSET
    keys: list[AccountGateway] | Unset = UNSET
    """ The account's configurations for this gateway (single view). """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gateway = self.gateway

        title = self.title

        active = self.active

        has_keys = self.has_keys

        currency: list[str] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        country = self.country

        icon = self.icon

        onclick = self.onclick

        methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = []
            for methods_item_data in self.methods:
                methods_item = methods_item_data.to_dict()
                methods.append(methods_item)

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if title is not UNSET:
            field_dict["title"] = title
        if active is not UNSET:
            field_dict["active"] = active
        if has_keys is not UNSET:
            field_dict["has_keys"] = has_keys
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country is not UNSET:
            field_dict["country"] = country
        if icon is not UNSET:
            field_dict["icon"] = icon
        if onclick is not UNSET:
            field_dict["onclick"] = onclick
        if methods is not UNSET:
            field_dict["methods"] = methods
        if keys is not UNSET:
            field_dict["keys"] = keys
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_gateway import AccountGateway
        from ..models.gateway_method import GatewayMethod

        d = dict(src_dict)
        id = d.pop("id")

        gateway = d.pop("gateway", UNSET)

        title = d.pop("title", UNSET)

        active = d.pop("active", UNSET)

        has_keys = d.pop("has_keys", UNSET)

        currency = cast(list[str], d.pop("currency", UNSET))

        country = d.pop("country", UNSET)

        icon = d.pop("icon", UNSET)

        onclick = d.pop("onclick", UNSET)

        _methods = d.pop("methods", UNSET)
        methods: list[GatewayMethod] | Unset = UNSET
        if _methods is not UNSET:
            methods = []
            for methods_item_data in _methods:
                methods_item = GatewayMethod.from_dict(methods_item_data)

                methods.append(methods_item)

        _keys = d.pop("keys", UNSET)
        keys: list[AccountGateway] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = AccountGateway.from_dict(keys_item_data)

                keys.append(keys_item)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        gateway = cls(
            id=id,
            gateway=gateway,
            title=title,
            active=active,
            has_keys=has_keys,
            currency=currency,
            country=country,
            icon=icon,
            onclick=onclick,
            methods=methods,
            keys=keys,
            created_at=created_at,
            updated_at=updated_at,
        )

        gateway.additional_properties = d
        return gateway

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
