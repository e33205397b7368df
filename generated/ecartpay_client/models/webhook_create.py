from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.webhook_event_name import WebhookEventName

T = TypeVar("T", bound="WebhookCreate")


@_dataclass(slots=True)
class WebhookCreate:
    """From the webhooks guide (not in the exported reference)."""

    url: str
    """ Where deliveries are POSTed. Assumed: an ASCII URL without spaces, brackets or
    backslashes (a pattern every validator reads alike).
     """
    events: list[str | WebhookEventName]
    """ Event names; one the vendor adds later is accepted as a string. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: str
            if isinstance(events_item_data, WebhookEventName):
                events_item = events_item_data.value
            else:
                events_item = events_item_data
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:

            def _parse_events_item(data: object) -> str | WebhookEventName:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    events_item_type_0 = WebhookEventName(data)

                    return events_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | WebhookEventName, data)

            events_item = _parse_events_item(events_item_data)

            events.append(events_item)

        webhook_create = cls(
            url=url,
            events=events,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
