"""Contains all the data models used in inputs/outputs"""

from .authorization_token import AuthorizationToken
from .customer import Customer
from .customer_create import CustomerCreate
from .customer_list import CustomerList
from .error import Error
from .lang import Lang
from .order import Order
from .order_create import OrderCreate
from .order_item import OrderItem
from .order_item_create import OrderItemCreate
from .order_status import OrderStatus
from .order_totals import OrderTotals

__all__ = (
    "AuthorizationToken",
    "Customer",
    "CustomerCreate",
    "CustomerList",
    "Error",
    "Lang",
    "Order",
    "OrderCreate",
    "OrderItem",
    "OrderItemCreate",
    "OrderStatus",
    "OrderTotals",
)
