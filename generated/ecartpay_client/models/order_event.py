from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.webhook_event_name import WebhookEventName

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderEvent")


@_dataclass(slots=True)
class OrderEvent:
    """A delivery about an order (`orders.create`, `orders.confirmation`, `orders.update`):
    `data` is the order, as `getOrder` answers it.

    """

    event: str | WebhookEventName
    data: Order
    """ An order as the API answers it, with every field the recorded examples show. Only
    `id` is required; the vendor omits what it has no value for.
     """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        event: str
        if isinstance(self.event, WebhookEventName):
            event = self.event.value
        else:
            event = self.event

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order

        d = dict(src_dict)

        def _parse_event(data: object) -> str | WebhookEventName:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_0 = WebhookEventName(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WebhookEventName, data)

        event = _parse_event(d.pop("event"))

        data = Order.from_dict(d.pop("data"))

        order_event = cls(
            event=event,
            data=data,
        )

        order_event.additional_properties = d
        return order_event

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
