"""Invoices: the account's CFDI invoices (issued by ``createInvoice`` in ``billings``), listed
newest first, and each one's CFDI as a ZIP of its XML and PDF, built from the invoice."""

from __future__ import annotations

import io
import zipfile
from typing import Any
from xml.etree import ElementTree as ET

from starlette.responses import Response

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._store import collection, paginate

INVOICES = collection("invoices")
ZIP_MEDIA_TYPE = "application/octet-stream"

add_messages({"invoice_not_found": {"en": "Invoice not found", "es": "Factura no encontrada"}})


@operation("listInvoices")
def list_invoices(call: Call) -> dict[str, Any]:
    """One page of the account's invoices, newest first, of ``year`` and ``month``."""
    year, month = call.params.get("year"), call.params.get("month")
    with call.data() as data:
        invoices = data[INVOICES].find()
    matching = [
        i
        for i in reversed(invoices)
        if (year is None or i["year"] == year)
        and (month is None or i["month"].lower() == month.strip().lower())
    ]
    return paginate(matching, page=call.params["page"], limit=call.params["limit"])


CFDI_NS = "http://www.sat.gob.mx/cfd/4"
TFD_NS = "http://www.sat.gob.mx/TimbreFiscalDigital"


def cfdi_xml(invoice: dict[str, Any]) -> bytes:
    """A CFDI 4.0-like XML of the invoice (enough to be read back; never stamped for real)."""
    info = invoice.get("billing_information") or {}
    ET.register_namespace("cfdi", CFDI_NS)
    ET.register_namespace("tfd", TFD_NS)
    root = ET.Element(
        f"{{{CFDI_NS}}}Comprobante",
        Version="4.0",
        Serie=str(invoice["serie"]),
        Folio=str(invoice["folio"]),
        Moneda=str(invoice["currency"]),
        SubTotal=str(invoice["subtotal"]),
        Total=str(invoice["total"]),
    )
    ET.SubElement(
        root,
        f"{{{CFDI_NS}}}Receptor",
        Rfc=str(info.get("rfc", "XAXX010101000")),
        Nombre=str(info.get("razons", "")),
        UsoCFDI=str(info.get("invoice_use", "S01")),
    )
    concepts = ET.SubElement(root, f"{{{CFDI_NS}}}Conceptos")
    for item in invoice["items"]:
        ET.SubElement(
            concepts,
            f"{{{CFDI_NS}}}Concepto",
            Descripcion=str(item["name"]),
            Cantidad=str(item["quantity"]),
            ValorUnitario=str(item["price"]),
            Importe=str(item["total"]),
        )
    complement = ET.SubElement(root, f"{{{CFDI_NS}}}Complemento")
    ET.SubElement(complement, f"{{{TFD_NS}}}TimbreFiscalDigital", UUID=str(invoice["uuid"]))
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml


def _pdf(text: str) -> bytes:
    """A one-page PDF that shows ``text`` (ASCII)."""
    safe = text.encode("ascii", "replace").decode().replace("\\", "").replace("(", "")
    safe = safe.replace(")", "")
    stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def cfdi_zip(invoice: dict[str, Any]) -> bytes:
    """The archive the vendor sends: ``Invoice-<folio>-<Month>-<Year>.xml`` and ``.pdf``."""
    stem = f"Invoice-{invoice['folio']}-{invoice['month']}-{invoice['year']}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.xml", cfdi_xml(invoice))
        summary = f"{stem} {invoice['currency']} {invoice['total']} UUID {invoice['uuid']}"
        archive.writestr(f"{stem}.pdf", _pdf(summary))
    return buffer.getvalue()


@operation("downloadCfdi")
def download_cfdi(call: Call) -> Response:
    """The invoice's CFDI archive; another account's invoice is not found either."""
    with call.data() as data:
        invoice = data[INVOICES].get(call.params["id"])
    if invoice is None:
        raise VendorError(404, "invoice_not_found")
    return Response(cfdi_zip(invoice), media_type=ZIP_MEDIA_TYPE)
