from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingInformation")


@_dataclass(slots=True)
class BillingInformation:
    """A client's tax details (the vendor's field names: `razons` is the legal name,
    `regimen` the SAT tax regime, `invoice_use` the CFDI use). Every field optional.

    """

    id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    rfc: str | Unset = UNSET
    razons: str | Unset = UNSET
    regimen: str | Unset = UNSET
    invoice_use: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    district: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    state_name: str | Unset = UNSET
    state_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    """ SAT payment form (04 = credit card). """
    payment_method_type: str | Unset = UNSET
    """ PUE (one payment) or PPD (in installments or deferred). """
    billing_at: str | Unset = UNSET
    serie: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country_code = self.country_code

        rfc = self.rfc

        razons = self.razons

        regimen = self.regimen

        invoice_use = self.invoice_use

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        postal_code = self.postal_code

        address1 = self.address1

        address2 = self.address2

        district = self.district

        city = self.city

        state = self.state

        state_name = self.state_name

        state_code = self.state_code

        currency = self.currency

        payment_method = self.payment_method

        payment_method_type = self.payment_method_type

        billing_at = self.billing_at

        serie = self.serie

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if rfc is not UNSET:
            field_dict["rfc"] = rfc
        if razons is not UNSET:
            field_dict["razons"] = razons
        if regimen is not UNSET:
            field_dict["regimen"] = regimen
        if invoice_use is not UNSET:
            field_dict["invoice_use"] = invoice_use
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if district is not UNSET:
            field_dict["district"] = district
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if state_name is not UNSET:
            field_dict["state_name"] = state_name
        if state_code is not UNSET:
            field_dict["state_code"] = state_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if billing_at is not UNSET:
            field_dict["billing_at"] = billing_at
        if serie is not UNSET:
            field_dict["serie"] = serie

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        country_code = d.pop("country_code", UNSET)

        rfc = d.pop("rfc", UNSET)

        razons = d.pop("razons", UNSET)

        regimen = d.pop("regimen", UNSET)

        invoice_use = d.pop("invoice_use", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        district = d.pop("district", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        state_name = d.pop("state_name", UNSET)

        state_code = d.pop("state_code", UNSET)

        currency = d.pop("currency", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        payment_method_type = d.pop("payment_method_type", UNSET)

        billing_at = d.pop("billing_at", UNSET)

        serie = d.pop("serie", UNSET)

        billing_information = cls(
            id=id,
            country_code=country_code,
            rfc=rfc,
            razons=razons,
            regimen=regimen,
            invoice_use=invoice_use,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            postal_code=postal_code,
            address1=address1,
            address2=address2,
            district=district,
            city=city,
            state=state,
            state_name=state_name,
            state_code=state_code,
            currency=currency,
            payment_method=payment_method,
            payment_method_type=payment_method_type,
            billing_at=billing_at,
            serie=serie,
        )

        billing_information.additional_properties = d
        return billing_information

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
