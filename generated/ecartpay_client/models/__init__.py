"""Contains all the data models used in inputs/outputs"""

from .address_country import AddressCountry
from .address_state import AddressState
from .authorization_token import AuthorizationToken
from .bank_transfer import BankTransfer
from .card import Card
from .card_brand import CardBrand
from .card_create import CardCreate
from .card_token import CardToken
from .card_token_create import CardTokenCreate
from .customer import Customer
from .customer_card import CustomerCard
from .customer_create import CustomerCreate
from .customer_list import CustomerList
from .customer_payment_method import CustomerPaymentMethod
from .customer_payment_method_create import CustomerPaymentMethodCreate
from .customer_token import CustomerToken
from .customer_update import CustomerUpdate
from .delete_result import DeleteResult
from .error import Error
from .installments import Installments
from .lang import Lang
from .order import Order
from .order_create import OrderCreate
from .order_create_discounts_item import OrderCreateDiscountsItem
from .order_item import OrderItem
from .order_item_create import OrderItemCreate
from .order_process import OrderProcess
from .order_status import OrderStatus
from .order_totals import OrderTotals
from .order_type import OrderType
from .order_update import OrderUpdate
from .public_order import PublicOrder
from .refund import Refund
from .refund_create import RefundCreate
from .refund_reason import RefundReason
from .shipping_address import ShippingAddress
from .shipping_item import ShippingItem
from .shipping_item_create import ShippingItemCreate
from .transaction import Transaction
from .transaction_list import TransactionList
from .transaction_status import TransactionStatus
from .transaction_summary import TransactionSummary
from .transaction_type import TransactionType

__all__ = (
    "AddressCountry",
    "AddressState",
    "AuthorizationToken",
    "BankTransfer",
    "Card",
    "CardBrand",
    "CardCreate",
    "CardToken",
    "CardTokenCreate",
    "Customer",
    "CustomerCard",
    "CustomerCreate",
    "CustomerList",
    "CustomerPaymentMethod",
    "CustomerPaymentMethodCreate",
    "CustomerToken",
    "CustomerUpdate",
    "DeleteResult",
    "Error",
    "Installments",
    "Lang",
    "Order",
    "OrderCreate",
    "OrderCreateDiscountsItem",
    "OrderItem",
    "OrderItemCreate",
    "OrderProcess",
    "OrderStatus",
    "OrderTotals",
    "OrderType",
    "OrderUpdate",
    "PublicOrder",
    "Refund",
    "RefundCreate",
    "RefundReason",
    "ShippingAddress",
    "ShippingItem",
    "ShippingItemCreate",
    "Transaction",
    "TransactionList",
    "TransactionStatus",
    "TransactionSummary",
    "TransactionType",
)
