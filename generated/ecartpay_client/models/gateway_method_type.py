from enum import StrEnum


class GatewayMethodType(StrEnum):
    ANY = "any"
    BANCOLOMBIA_COLLECT = "bancolombia_collect"
    BANCOLOMBIA_TRANSFER = "bancolombia_transfer"
    CARD = "card"
    CASH = "cash"
    NEQUI = "nequi"
    OXXO_CASH = "oxxo_cash"
    PAYPAL = "paypal"
    PIX = "pix"
    PSE = "pse"
    QR = "qr"
    WALLET = "wallet"

    def __str__(self) -> str:
        return str(self.value)
