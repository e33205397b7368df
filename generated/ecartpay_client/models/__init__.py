"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562 `__getattr__`), so importing one endpoint
loads the models it needs, not all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_gateway import AccountGateway
    from .activity import Activity
    from .activity_card_type_0 import ActivityCardType0
    from .activity_list import ActivityList
    from .activity_status import ActivityStatus
    from .address_country import AddressCountry
    from .address_state import AddressState
    from .authorization_token import AuthorizationToken
    from .available_currency import AvailableCurrency
    from .bank import Bank
    from .bank_transfer import BankTransfer
    from .billing_client import BillingClient
    from .billing_client_create import BillingClientCreate
    from .billing_cycle import BillingCycle
    from .billing_information import BillingInformation
    from .billing_provider import BillingProvider
    from .card import Card
    from .card_brand import CardBrand
    from .card_create import CardCreate
    from .card_token import CardToken
    from .card_token_create import CardTokenCreate
    from .catalog_entry import CatalogEntry
    from .chargeback import Chargeback
    from .chargeback_create import ChargebackCreate
    from .chargeback_file import ChargebackFile
    from .chargeback_list import ChargebackList
    from .chargeback_status import ChargebackStatus
    from .chargeback_transaction import ChargebackTransaction
    from .chargeback_update import ChargebackUpdate
    from .checkout import Checkout
    from .checkout_buyer import CheckoutBuyer
    from .checkout_create import CheckoutCreate
    from .checkout_item import CheckoutItem
    from .checkout_item_create import CheckoutItemCreate
    from .checkout_item_update import CheckoutItemUpdate
    from .checkout_update import CheckoutUpdate
    from .country import Country
    from .customer import Customer
    from .customer_card import CustomerCard
    from .customer_create import CustomerCreate
    from .customer_list import CustomerList
    from .customer_payment_method import CustomerPaymentMethod
    from .customer_payment_method_create import CustomerPaymentMethodCreate
    from .customer_token import CustomerToken
    from .customer_update import CustomerUpdate
    from .delete_result import DeleteResult
    from .delete_withdrawal_account_body import DeleteWithdrawalAccountBody
    from .error import Error
    from .exchange_rates import ExchangeRates
    from .exchange_rates_rates import ExchangeRatesRates
    from .form import Form
    from .form_field import FormField
    from .gateway import Gateway
    from .gateway_keys_create import GatewayKeysCreate
    from .gateway_method import GatewayMethod
    from .gateway_method_type import GatewayMethodType
    from .gateway_method_update import GatewayMethodUpdate
    from .gateway_update import GatewayUpdate
    from .installments import Installments
    from .installments_activation import InstallmentsActivation
    from .installments_commission import InstallmentsCommission
    from .installments_commission_create import InstallmentsCommissionCreate
    from .installments_commission_create_installments import (
        InstallmentsCommissionCreateInstallments,
    )
    from .installments_configuration import InstallmentsConfiguration
    from .installments_configuration_update import InstallmentsConfigurationUpdate
    from .installments_option import InstallmentsOption
    from .invoice import Invoice
    from .invoice_create import InvoiceCreate
    from .invoice_filters import InvoiceFilters
    from .invoice_item import InvoiceItem
    from .invoice_item_create import InvoiceItemCreate
    from .invoice_list import InvoiceList
    from .invoice_status import InvoiceStatus
    from .lang import Lang
    from .line_item import LineItem
    from .notification import Notification
    from .oauth_application import OauthApplication
    from .oauth_application_create import OauthApplicationCreate
    from .oauth_application_create_onboarding import OauthApplicationCreateOnboarding
    from .oauth_credentials import OauthCredentials
    from .oauth_error import OauthError
    from .oauth_grant import OauthGrant
    from .oauth_token_request import OauthTokenRequest
    from .oauth_token_request_grant_type import OauthTokenRequestGrantType
    from .order import Order
    from .order_create import OrderCreate
    from .order_create_discounts_item import OrderCreateDiscountsItem
    from .order_event import OrderEvent
    from .order_item import OrderItem
    from .order_item_create import OrderItemCreate
    from .order_process import OrderProcess
    from .order_status import OrderStatus
    from .order_totals import OrderTotals
    from .order_type import OrderType
    from .order_update import OrderUpdate
    from .payment_link import PaymentLink
    from .payment_link_create import PaymentLinkCreate
    from .payment_link_item_create import PaymentLinkItemCreate
    from .payment_link_list import PaymentLinkList
    from .payment_link_status import PaymentLinkStatus
    from .payment_link_status_update import PaymentLinkStatusUpdate
    from .payment_link_totals import PaymentLinkTotals
    from .payment_link_update import PaymentLinkUpdate
    from .payout import Payout
    from .payout_charge import PayoutCharge
    from .payout_confirm import PayoutConfirm
    from .payout_create import PayoutCreate
    from .payout_item_create import PayoutItemCreate
    from .payout_list import PayoutList
    from .payout_status import PayoutStatus
    from .payout_transaction import PayoutTransaction
    from .payout_update import PayoutUpdate
    from .public_order import PublicOrder
    from .refund import Refund
    from .refund_create import RefundCreate
    from .refund_reason import RefundReason
    from .risk_level import RiskLevel
    from .scope import Scope
    from .scope_token import ScopeToken
    from .scope_token_create import ScopeTokenCreate
    from .shipping_address import ShippingAddress
    from .shipping_item import ShippingItem
    from .shipping_item_create import ShippingItemCreate
    from .state import State
    from .state_codes import StateCodes
    from .subscription import Subscription
    from .subscription_create import SubscriptionCreate
    from .subscription_currency import SubscriptionCurrency
    from .subscription_interval import SubscriptionInterval
    from .subscription_list import SubscriptionList
    from .subscription_status import SubscriptionStatus
    from .subscription_template import SubscriptionTemplate
    from .subscription_template_create import SubscriptionTemplateCreate
    from .subscription_template_list import SubscriptionTemplateList
    from .subscription_update import SubscriptionUpdate
    from .subscription_update_status import SubscriptionUpdateStatus
    from .transaction import Transaction
    from .transaction_list import TransactionList
    from .transaction_status import TransactionStatus
    from .transaction_summary import TransactionSummary
    from .transaction_type import TransactionType
    from .webhook import Webhook
    from .webhook_create import WebhookCreate
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_event_name import WebhookEventName
    from .withdrawal import Withdrawal
    from .withdrawal_account import WithdrawalAccount
    from .withdrawal_account_create import WithdrawalAccountCreate
    from .withdrawal_account_update import WithdrawalAccountUpdate
    from .withdrawal_list import WithdrawalList
    from .withdrawal_method import WithdrawalMethod
    from .withdrawal_status import WithdrawalStatus
    from .woo_commerce_billing import WooCommerceBilling
    from .woo_commerce_line_item import WooCommerceLineItem
    from .woo_commerce_order import WooCommerceOrder
    from .woo_commerce_order_create import WooCommerceOrderCreate
    from .zip_code import ZipCode
    from .zip_code_additional_info import ZipCodeAdditionalInfo
    from .zip_code_coordinates import ZipCodeCoordinates
    from .zip_code_country import ZipCodeCountry
    from .zip_code_info import ZipCodeInfo
    from .zip_code_regions import ZipCodeRegions
    from .zip_code_state import ZipCodeState

_MODULES = {
    "AccountGateway": ".account_gateway",
    "Activity": ".activity",
    "ActivityCardType0": ".activity_card_type_0",
    "ActivityList": ".activity_list",
    "ActivityStatus": ".activity_status",
    "AddressCountry": ".address_country",
    "AddressState": ".address_state",
    "AuthorizationToken": ".authorization_token",
    "AvailableCurrency": ".available_currency",
    "Bank": ".bank",
    "BankTransfer": ".bank_transfer",
    "BillingClient": ".billing_client",
    "BillingClientCreate": ".billing_client_create",
    "BillingCycle": ".billing_cycle",
    "BillingInformation": ".billing_information",
    "BillingProvider": ".billing_provider",
    "Card": ".card",
    "CardBrand": ".card_brand",
    "CardCreate": ".card_create",
    "CardToken": ".card_token",
    "CardTokenCreate": ".card_token_create",
    "CatalogEntry": ".catalog_entry",
    "Chargeback": ".chargeback",
    "ChargebackCreate": ".chargeback_create",
    "ChargebackFile": ".chargeback_file",
    "ChargebackList": ".chargeback_list",
    "ChargebackStatus": ".chargeback_status",
    "ChargebackTransaction": ".chargeback_transaction",
    "ChargebackUpdate": ".chargeback_update",
    "Checkout": ".checkout",
    "CheckoutBuyer": ".checkout_buyer",
    "CheckoutCreate": ".checkout_create",
    "CheckoutItem": ".checkout_item",
    "CheckoutItemCreate": ".checkout_item_create",
    "CheckoutItemUpdate": ".checkout_item_update",
    "CheckoutUpdate": ".checkout_update",
    "Country": ".country",
    "Customer": ".customer",
    "CustomerCard": ".customer_card",
    "CustomerCreate": ".customer_create",
    "CustomerList": ".customer_list",
    "CustomerPaymentMethod": ".customer_payment_method",
    "CustomerPaymentMethodCreate": ".customer_payment_method_create",
    "CustomerToken": ".customer_token",
    "CustomerUpdate": ".customer_update",
    "DeleteResult": ".delete_result",
    "DeleteWithdrawalAccountBody": ".delete_withdrawal_account_body",
    "Error": ".error",
    "ExchangeRates": ".exchange_rates",
    "ExchangeRatesRates": ".exchange_rates_rates",
    "Form": ".form",
    "FormField": ".form_field",
    "Gateway": ".gateway",
    "GatewayKeysCreate": ".gateway_keys_create",
    "GatewayMethod": ".gateway_method",
    "GatewayMethodType": ".gateway_method_type",
    "GatewayMethodUpdate": ".gateway_method_update",
    "GatewayUpdate": ".gateway_update",
    "Installments": ".installments",
    "InstallmentsActivation": ".installments_activation",
    "InstallmentsCommission": ".installments_commission",
    "InstallmentsCommissionCreate": ".installments_commission_create",
    "InstallmentsCommissionCreateInstallments": ".installments_commission_create_installments",
    "InstallmentsConfiguration": ".installments_configuration",
    "InstallmentsConfigurationUpdate": ".installments_configuration_update",
    "InstallmentsOption": ".installments_option",
    "Invoice": ".invoice",
    "InvoiceCreate": ".invoice_create",
    "InvoiceFilters": ".invoice_filters",
    "InvoiceItem": ".invoice_item",
    "InvoiceItemCreate": ".invoice_item_create",
    "InvoiceList": ".invoice_list",
    "InvoiceStatus": ".invoice_status",
    "Lang": ".lang",
    "LineItem": ".line_item",
    "Notification": ".notification",
    "OauthApplication": ".oauth_application",
    "OauthApplicationCreate": ".oauth_application_create",
    "OauthApplicationCreateOnboarding": ".oauth_application_create_onboarding",
    "OauthCredentials": ".oauth_credentials",
    "OauthError": ".oauth_error",
    "OauthGrant": ".oauth_grant",
    "OauthTokenRequest": ".oauth_token_request",
    "OauthTokenRequestGrantType": ".oauth_token_request_grant_type",
    "Order": ".order",
    "OrderCreate": ".order_create",
    "OrderCreateDiscountsItem": ".order_create_discounts_item",
    "OrderEvent": ".order_event",
    "OrderItem": ".order_item",
    "OrderItemCreate": ".order_item_create",
    "OrderProcess": ".order_process",
    "OrderStatus": ".order_status",
    "OrderTotals": ".order_totals",
    "OrderType": ".order_type",
    "OrderUpdate": ".order_update",
    "PaymentLink": ".payment_link",
    "PaymentLinkCreate": ".payment_link_create",
    "PaymentLinkItemCreate": ".payment_link_item_create",
    "PaymentLinkList": ".payment_link_list",
    "PaymentLinkStatus": ".payment_link_status",
    "PaymentLinkStatusUpdate": ".payment_link_status_update",
    "PaymentLinkTotals": ".payment_link_totals",
    "PaymentLinkUpdate": ".payment_link_update",
    "Payout": ".payout",
    "PayoutCharge": ".payout_charge",
    "PayoutConfirm": ".payout_confirm",
    "PayoutCreate": ".payout_create",
    "PayoutItemCreate": ".payout_item_create",
    "PayoutList": ".payout_list",
    "PayoutStatus": ".payout_status",
    "PayoutTransaction": ".payout_transaction",
    "PayoutUpdate": ".payout_update",
    "PublicOrder": ".public_order",
    "Refund": ".refund",
    "RefundCreate": ".refund_create",
    "RefundReason": ".refund_reason",
    "RiskLevel": ".risk_level",
    "Scope": ".scope",
    "ScopeToken": ".scope_token",
    "ScopeTokenCreate": ".scope_token_create",
    "ShippingAddress": ".shipping_address",
    "ShippingItem": ".shipping_item",
    "ShippingItemCreate": ".shipping_item_create",
    "State": ".state",
    "StateCodes": ".state_codes",
    "Subscription": ".subscription",
    "SubscriptionCreate": ".subscription_create",
    "SubscriptionCurrency": ".subscription_currency",
    "SubscriptionInterval": ".subscription_interval",
    "SubscriptionList": ".subscription_list",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionTemplate": ".subscription_template",
    "SubscriptionTemplateCreate": ".subscription_template_create",
    "SubscriptionTemplateList": ".subscription_template_list",
    "SubscriptionUpdate": ".subscription_update",
    "SubscriptionUpdateStatus": ".subscription_update_status",
    "Transaction": ".transaction",
    "TransactionList": ".transaction_list",
    "TransactionStatus": ".transaction_status",
    "TransactionSummary": ".transaction_summary",
    "TransactionType": ".transaction_type",
    "Webhook": ".webhook",
    "WebhookCreate": ".webhook_create",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "WebhookEventName": ".webhook_event_name",
    "Withdrawal": ".withdrawal",
    "WithdrawalAccount": ".withdrawal_account",
    "WithdrawalAccountCreate": ".withdrawal_account_create",
    "WithdrawalAccountUpdate": ".withdrawal_account_update",
    "WithdrawalList": ".withdrawal_list",
    "WithdrawalMethod": ".withdrawal_method",
    "WithdrawalStatus": ".withdrawal_status",
    "WooCommerceBilling": ".woo_commerce_billing",
    "WooCommerceLineItem": ".woo_commerce_line_item",
    "WooCommerceOrder": ".woo_commerce_order",
    "WooCommerceOrderCreate": ".woo_commerce_order_create",
    "ZipCode": ".zip_code",
    "ZipCodeAdditionalInfo": ".zip_code_additional_info",
    "ZipCodeCoordinates": ".zip_code_coordinates",
    "ZipCodeCountry": ".zip_code_country",
    "ZipCodeInfo": ".zip_code_info",
    "ZipCodeRegions": ".zip_code_regions",
    "ZipCodeState": ".zip_code_state",
}

__all__ = (
    "AccountGateway",
    "Activity",
    "ActivityCardType0",
    "ActivityList",
    "ActivityStatus",
    "AddressCountry",
    "AddressState",
    "AuthorizationToken",
    "AvailableCurrency",
    "Bank",
    "BankTransfer",
    "BillingClient",
    "BillingClientCreate",
    "BillingCycle",
    "BillingInformation",
    "BillingProvider",
    "Card",
    "CardBrand",
    "CardCreate",
    "CardToken",
    "CardTokenCreate",
    "CatalogEntry",
    "Chargeback",
    "ChargebackCreate",
    "ChargebackFile",
    "ChargebackList",
    "ChargebackStatus",
    "ChargebackTransaction",
    "ChargebackUpdate",
    "Checkout",
    "CheckoutBuyer",
    "CheckoutCreate",
    "CheckoutItem",
    "CheckoutItemCreate",
    "CheckoutItemUpdate",
    "CheckoutUpdate",
    "Country",
    "Customer",
    "CustomerCard",
    "CustomerCreate",
    "CustomerList",
    "CustomerPaymentMethod",
    "CustomerPaymentMethodCreate",
    "CustomerToken",
    "CustomerUpdate",
    "DeleteResult",
    "DeleteWithdrawalAccountBody",
    "Error",
    "ExchangeRates",
    "ExchangeRatesRates",
    "Form",
    "FormField",
    "Gateway",
    "GatewayKeysCreate",
    "GatewayMethod",
    "GatewayMethodType",
    "GatewayMethodUpdate",
    "GatewayUpdate",
    "Installments",
    "InstallmentsActivation",
    "InstallmentsCommission",
    "InstallmentsCommissionCreate",
    "InstallmentsCommissionCreateInstallments",
    "InstallmentsConfiguration",
    "InstallmentsConfigurationUpdate",
    "InstallmentsOption",
    "Invoice",
    "InvoiceCreate",
    "InvoiceFilters",
    "InvoiceItem",
    "InvoiceItemCreate",
    "InvoiceList",
    "InvoiceStatus",
    "Lang",
    "LineItem",
    "Notification",
    "OauthApplication",
    "OauthApplicationCreate",
    "OauthApplicationCreateOnboarding",
    "OauthCredentials",
    "OauthError",
    "OauthGrant",
    "OauthTokenRequest",
    "OauthTokenRequestGrantType",
    "Order",
    "OrderCreate",
    "OrderCreateDiscountsItem",
    "OrderEvent",
    "OrderItem",
    "OrderItemCreate",
    "OrderProcess",
    "OrderStatus",
    "OrderTotals",
    "OrderType",
    "OrderUpdate",
    "PaymentLink",
    "PaymentLinkCreate",
    "PaymentLinkItemCreate",
    "PaymentLinkList",
    "PaymentLinkStatus",
    "PaymentLinkStatusUpdate",
    "PaymentLinkTotals",
    "PaymentLinkUpdate",
    "Payout",
    "PayoutCharge",
    "PayoutConfirm",
    "PayoutCreate",
    "PayoutItemCreate",
    "PayoutList",
    "PayoutStatus",
    "PayoutTransaction",
    "PayoutUpdate",
    "PublicOrder",
    "Refund",
    "RefundCreate",
    "RefundReason",
    "RiskLevel",
    "Scope",
    "ScopeToken",
    "ScopeTokenCreate",
    "ShippingAddress",
    "ShippingItem",
    "ShippingItemCreate",
    "State",
    "StateCodes",
    "Subscription",
    "SubscriptionCreate",
    "SubscriptionCurrency",
    "SubscriptionInterval",
    "SubscriptionList",
    "SubscriptionStatus",
    "SubscriptionTemplate",
    "SubscriptionTemplateCreate",
    "SubscriptionTemplateList",
    "SubscriptionUpdate",
    "SubscriptionUpdateStatus",
    "Transaction",
    "TransactionList",
    "TransactionStatus",
    "TransactionSummary",
    "TransactionType",
    "Webhook",
    "WebhookCreate",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventName",
    "Withdrawal",
    "WithdrawalAccount",
    "WithdrawalAccountCreate",
    "WithdrawalAccountUpdate",
    "WithdrawalList",
    "WithdrawalMethod",
    "WithdrawalStatus",
    "WooCommerceBilling",
    "WooCommerceLineItem",
    "WooCommerceOrder",
    "WooCommerceOrderCreate",
    "ZipCode",
    "ZipCodeAdditionalInfo",
    "ZipCodeCoordinates",
    "ZipCodeCountry",
    "ZipCodeInfo",
    "ZipCodeRegions",
    "ZipCodeState",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
