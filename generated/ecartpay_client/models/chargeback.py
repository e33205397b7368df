from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.chargeback_status import ChargebackStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chargeback_file import ChargebackFile
    from ..models.chargeback_transaction import ChargebackTransaction


T = TypeVar("T", bound="Chargeback")


@_dataclass(slots=True)
class Chargeback:
    id: str
    account_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    status: ChargebackStatus | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    gateway: str | Unset = UNSET
    brand: None | str | Unset = UNSET
    charge_id: None | str | Unset = UNSET
    membership: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    payout_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    transaction: ChargebackTransaction | Unset = UNSET
    """ The disputed transaction, as the vendor records it (open shape). """
    transaction_at: None | str | Unset = UNSET
    expiration_at: None | str | Unset = UNSET
    """ Until when evidence can be sent (`2023-05-02 06:00:00` or ISO 8601). """
    documents: list[Any] | Unset = UNSET
    files: list[ChargebackFile] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        amount = self.amount

        currency = self.currency

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ChargebackStatus):
            status = self.status.value
        else:
            status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        gateway = self.gateway

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        charge_id: None | str | Unset
        if isinstance(self.charge_id, Unset):
            charge_id = UNSET
        else:
            charge_id = self.charge_id

        membership: None | str | Unset
        if isinstance(self.membership, Unset):
            membership = UNSET
        else:
            membership = self.membership

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        payout_id: None | str | Unset
        if isinstance(self.payout_id, Unset):
            payout_id = UNSET
        else:
            payout_id = self.payout_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        transaction_at: None | str | Unset
        if isinstance(self.transaction_at, Unset):
            transaction_at = UNSET
        else:
            transaction_at = self.transaction_at

        expiration_at: None | str | Unset
        if isinstance(self.expiration_at, Unset):
            expiration_at = UNSET
        else:
            expiration_at = self.expiration_at

        documents: list[Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if brand is not UNSET:
            field_dict["brand"] = brand
        if charge_id is not UNSET:
            field_dict["charge_id"] = charge_id
        if membership is not UNSET:
            field_dict["membership"] = membership
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if payout_id is not UNSET:
            field_dict["payout_id"] = payout_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if transaction_at is not UNSET:
            field_dict["transaction_at"] = transaction_at
        if expiration_at is not UNSET:
            field_dict["expiration_at"] = expiration_at
        if documents is not UNSET:
            field_dict["documents"] = documents
        if files is not UNSET:
            field_dict["files"] = files
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chargeback_file import ChargebackFile
        from ..models.chargeback_transaction import ChargebackTransaction

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_status(data: object) -> ChargebackStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ChargebackStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChargebackStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        gateway = d.pop("gateway", UNSET)

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_charge_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge_id = _parse_charge_id(d.pop("charge_id", UNSET))

        def _parse_membership(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        membership = _parse_membership(d.pop("membership", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_payout_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout_id = _parse_payout_id(d.pop("payout_id", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        _transaction = d.pop("transaction", UNSET)
        transaction: ChargebackTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = ChargebackTransaction.from_dict(_transaction)

        def _parse_transaction_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_at = _parse_transaction_at(d.pop("transaction_at", UNSET))

        def _parse_expiration_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_at = _parse_expiration_at(d.pop("expiration_at", UNSET))

        documents = cast(list[Any], d.pop("documents", UNSET))

        _files = d.pop("files", UNSET)
        files: list[ChargebackFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ChargebackFile.from_dict(files_item_data)

                files.append(files_item)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        chargeback = cls(
            id=id,
            account_id=account_id,
            amount=amount,
            currency=currency,
            status=status,
            reason=reason,
            gateway=gateway,
            brand=brand,
            charge_id=charge_id,
            membership=membership,
            created_by=created_by,
            payout_id=payout_id,
            order_id=order_id,
            transaction_id=transaction_id,
            transaction=transaction,
            transaction_at=transaction_at,
            expiration_at=expiration_at,
            documents=documents,
            files=files,
            created_at=created_at,
            updated_at=updated_at,
        )

        chargeback.additional_properties = d
        return chargeback

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
