from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_rates_rates import ExchangeRatesRates


T = TypeVar("T", bound="ExchangeRates")


@_dataclass(slots=True)
class ExchangeRates:
    """Assumed shape (no recorded answer)."""

    base: str
    rates: ExchangeRatesRates
    """ Units of each currency that one unit of `base` buys. """
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        rates = self.rates.to_dict()

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "rates": rates,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exchange_rates_rates import ExchangeRatesRates

        d = dict(src_dict)
        base = d.pop("base")

        rates = ExchangeRatesRates.from_dict(d.pop("rates"))

        updated_at = d.pop("updated_at", UNSET)

        exchange_rates = cls(
            base=base,
            rates=rates,
            updated_at=updated_at,
        )

        exchange_rates.additional_properties = d
        return exchange_rates

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
