"""Contains all the data models used in inputs/outputs"""

from .address_country import AddressCountry
from .address_state import AddressState
from .authorization_token import AuthorizationToken
from .customer import Customer
from .customer_create import CustomerCreate
from .customer_list import CustomerList
from .error import Error
from .lang import Lang
from .order import Order
from .order_create import OrderCreate
from .order_create_discounts_item import OrderCreateDiscountsItem
from .order_item import OrderItem
from .order_item_create import OrderItemCreate
from .order_status import OrderStatus
from .order_totals import OrderTotals
from .order_type import OrderType
from .shipping_address import ShippingAddress
from .shipping_item import ShippingItem
from .shipping_item_create import ShippingItemCreate

__all__ = (
    "AddressCountry",
    "AddressState",
    "AuthorizationToken",
    "Customer",
    "CustomerCreate",
    "CustomerList",
    "Error",
    "Lang",
    "Order",
    "OrderCreate",
    "OrderCreateDiscountsItem",
    "OrderItem",
    "OrderItemCreate",
    "OrderStatus",
    "OrderTotals",
    "OrderType",
    "ShippingAddress",
    "ShippingItem",
    "ShippingItemCreate",
)
