from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionList")


@_dataclass(slots=True)
class TransactionList:
    """One page, with the cursors of both pagination modes."""

    docs: list[Transaction]
    count: int | Unset = UNSET
    """ Matching transactions in all pages. """
    pages: int | Unset = UNSET
    token_page: None | str | Unset = UNSET
    """ This page's position; pass it as `prev` for the page before. """
    next_token: None | str | Unset = UNSET
    """ The next page's position, null on the last page; pass it as `next`. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        docs = []
        for docs_item_data in self.docs:
            docs_item = docs_item_data.to_dict()
            docs.append(docs_item)

        count = self.count

        pages = self.pages

        token_page: None | str | Unset
        if isinstance(self.token_page, Unset):
            token_page = UNSET
        else:
            token_page = self.token_page

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docs": docs,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if pages is not UNSET:
            field_dict["pages"] = pages
        if token_page is not UNSET:
            field_dict["token_page"] = token_page
        if next_token is not UNSET:
            field_dict["next_token"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction import Transaction

        d = dict(src_dict)
        docs = []
        _docs = d.pop("docs")
        for docs_item_data in _docs:
            docs_item = Transaction.from_dict(docs_item_data)

            docs.append(docs_item)

        count = d.pop("count", UNSET)

        pages = d.pop("pages", UNSET)

        def _parse_token_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_page = _parse_token_page(d.pop("token_page", UNSET))

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("next_token", UNSET))

        transaction_list = cls(
            docs=docs,
            count=count,
            pages=pages,
            token_page=token_page,
            next_token=next_token,
        )

        transaction_list.additional_properties = d
        return transaction_list

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
