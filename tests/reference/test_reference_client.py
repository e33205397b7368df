"""The generated client covers issue 11's operations end to end against the local sandbox:
typed lists and models, public lookups without a token, and the CFDI as raw bytes."""

from __future__ import annotations

import io
import zipfile

from ecartpay_client import AuthenticatedClient, Client
from ecartpay_client.api.banks import get_bank, list_banks
from ecartpay_client.api.billings import create_invoice
from ecartpay_client.api.gateways import create_gateway_keys, get_gateway, list_gateways
from ecartpay_client.api.geocodes import get_zip_code, list_states
from ecartpay_client.api.invoices import download_cfdi
from ecartpay_client.models import (
    Bank,
    Error,
    Gateway,
    GatewayKeysCreate,
    GatewayMethodType,
    Invoice,
    InvoiceCreate,
    InvoiceItemCreate,
    StateCodes,
    ZipCode,
    ZipCodeState,
)
from ecartpay_client.types import File
from ecartpay_sandbox import RunningSandbox


def test_typed_reference_data(client: AuthenticatedClient) -> None:
    banks = list_banks.sync(client=client, country="US")
    assert isinstance(banks, list)
    assert len(banks) == 5
    assert all(isinstance(b, Bank) and b.country == "US" for b in banks)
    bank = get_bank.sync(id="5f331fb9f7480d71f16b91e9", client=client)
    assert isinstance(bank, Bank)
    assert bank.clave == 40138
    missing = get_bank.sync(id="0" * 24, client=client)
    assert isinstance(missing, Error)
    assert missing.status_code == 404


def test_public_geocodes_work_without_a_token(sandbox: RunningSandbox) -> None:
    anonymous = Client(base_url=sandbox.base_url, raise_on_unexpected_status=True)
    places = get_zip_code.sync(client=anonymous, postal_code="37258")
    assert isinstance(places, list)
    (place,) = places
    assert isinstance(place, ZipCode)
    assert place.locality == "León de Los Aldama"
    assert isinstance(place.state, ZipCodeState)
    assert isinstance(place.state.code, StateCodes)
    assert place.state.code.field_2digit == "GT"
    states = list_states.sync(client=anonymous, country="US")
    assert isinstance(states, list)
    assert [s.name for s in states] == ["California", "Florida", "New York", "Texas"]
    unknown = get_zip_code.sync(client=anonymous, postal_code="00000")
    assert isinstance(unknown, Error)
    assert unknown.status_code == 404


def test_gateways_methods_are_typed_and_unknown_values_stay_strings(
    client: AuthenticatedClient,
) -> None:
    gateways = list_gateways.sync(client=client)
    assert isinstance(gateways, list)
    method_types = {m.type_ for g in gateways for m in g.methods or []}
    assert GatewayMethodType.CARD in method_types
    assert GatewayMethodType.OXXO_CASH in method_types
    stored = create_gateway_keys.sync(
        gateway_id="62d5d5dd726026e0794902d7",
        client=client,
        body=GatewayKeysCreate(public_key="key_pub", private_key="key_priv", currency=["MXN"]),
    )
    assert not isinstance(stored, Error)
    assert stored is not None
    gateway = get_gateway.sync(id="62d5d5dd726026e0794902d7", client=client)
    assert isinstance(gateway, Gateway)
    assert gateway.has_keys is True
    assert [k.id for k in gateway.keys or []] == [stored.id]


def test_cfdi_download_returns_the_archive_bytes(client: AuthenticatedClient) -> None:
    invoice = create_invoice.sync(
        client=client,
        body=InvoiceCreate(items=[InvoiceItemCreate(name="Service", quantity="1", price=99.5)]),
    )
    assert isinstance(invoice, Invoice)
    assert invoice.total == 99.5
    cfdi = download_cfdi.sync(id=invoice.id, client=client)
    assert isinstance(cfdi, File)
    archive = zipfile.ZipFile(io.BytesIO(cfdi.payload.read()))
    assert [n.rsplit(".", 1)[1] for n in archive.namelist()] == ["xml", "pdf"]
    assert isinstance(invoice.uuid, str)
    assert invoice.uuid in archive.read(archive.namelist()[0]).decode()
