"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def path_segment(name: str, value: object) -> str:
    """`value` as one path segment of a request URL, percent-encoded (`/`, `?`, `#`, `%`
    and spaces included), so that it reaches the path exactly as given.

    An empty value, `.` and `..` cannot be one segment: httpx removes dot segments, so
    `..` would reach the parent resource (another endpoint). They raise ValueError,
    naming the parameter, before any request is sent.
    """
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(
            f"path parameter {name} cannot be {text!r}: it would address another resource"
        )
    return quote(text, safe="")


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
]
