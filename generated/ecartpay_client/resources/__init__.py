"""The resources of `ecartpay.EcartPay` and `AsyncEcartPay`, each loaded on first use.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecartpay._base import AsyncRequester, SyncRequester

    from .activity import ActivityResource, AsyncActivityResource
    from .authorization import AsyncAuthorizationResource, AuthorizationResource
    from .banks import AsyncBanksResource, BanksResource
    from .billings import AsyncBillingsResource, BillingsResource
    from .card_tokens import AsyncCardTokensResource, CardTokensResource
    from .cards import AsyncCardsResource, CardsResource
    from .catalogs import AsyncCatalogsResource, CatalogsResource
    from .chargebacks import AsyncChargebacksResource, ChargebacksResource
    from .checkouts import AsyncCheckoutsResource, CheckoutsResource
    from .customers import AsyncCustomersResource, CustomersResource
    from .exchanges import AsyncExchangesResource, ExchangesResource
    from .forms import AsyncFormsResource, FormsResource
    from .gateways import AsyncGatewaysResource, GatewaysResource
    from .geocodes import AsyncGeocodesResource, GeocodesResource
    from .installments import AsyncInstallmentsResource, InstallmentsResource
    from .invoices import AsyncInvoicesResource, InvoicesResource
    from .notifications import AsyncNotificationsResource, NotificationsResource
    from .oauth import AsyncOauthResource, OauthResource
    from .oauth_applications import (
        AsyncOauthApplicationsResource,
        OauthApplicationsResource,
    )
    from .orders import AsyncOrdersResource, OrdersResource
    from .payment_links import AsyncPaymentLinksResource, PaymentLinksResource
    from .payouts import AsyncPayoutsResource, PayoutsResource
    from .scopes import AsyncScopesResource, ScopesResource
    from .subscriptions import AsyncSubscriptionsResource, SubscriptionsResource
    from .transactions import AsyncTransactionsResource, TransactionsResource
    from .webhooks import AsyncWebhooksResource, WebhooksResource
    from .withdrawals import AsyncWithdrawalsResource, WithdrawalsResource
    from .woo_commerce import AsyncWooCommerceResource, WooCommerceResource

__all__ = ["AsyncResources", "Resources"]


class Resources:
    """`EcartPay`'s resource attributes: `client.customers`, `client.orders`, ..."""

    _requester: SyncRequester

    @cached_property
    def activity(self) -> ActivityResource:
        from .activity import ActivityResource

        return ActivityResource(self._requester)

    @cached_property
    def authorization(self) -> AuthorizationResource:
        from .authorization import AuthorizationResource

        return AuthorizationResource(self._requester)

    @cached_property
    def banks(self) -> BanksResource:
        from .banks import BanksResource

        return BanksResource(self._requester)

    @cached_property
    def billings(self) -> BillingsResource:
        from .billings import BillingsResource

        return BillingsResource(self._requester)

    @cached_property
    def card_tokens(self) -> CardTokensResource:
        from .card_tokens import CardTokensResource

        return CardTokensResource(self._requester)

    @cached_property
    def cards(self) -> CardsResource:
        from .cards import CardsResource

        return CardsResource(self._requester)

    @cached_property
    def catalogs(self) -> CatalogsResource:
        from .catalogs import CatalogsResource

        return CatalogsResource(self._requester)

    @cached_property
    def chargebacks(self) -> ChargebacksResource:
        from .chargebacks import ChargebacksResource

        return ChargebacksResource(self._requester)

    @cached_property
    def checkouts(self) -> CheckoutsResource:
        from .checkouts import CheckoutsResource

        return CheckoutsResource(self._requester)

    @cached_property
    def customers(self) -> CustomersResource:
        from .customers import CustomersResource

        return CustomersResource(self._requester)

    @cached_property
    def exchanges(self) -> ExchangesResource:
        from .exchanges import ExchangesResource

        return ExchangesResource(self._requester)

    @cached_property
    def forms(self) -> FormsResource:
        from .forms import FormsResource

        return FormsResource(self._requester)

    @cached_property
    def gateways(self) -> GatewaysResource:
        from .gateways import GatewaysResource

        return GatewaysResource(self._requester)

    @cached_property
    def geocodes(self) -> GeocodesResource:
        from .geocodes import GeocodesResource

        return GeocodesResource(self._requester)

    @cached_property
    def installments(self) -> InstallmentsResource:
        from .installments import InstallmentsResource

        return InstallmentsResource(self._requester)

    @cached_property
    def invoices(self) -> InvoicesResource:
        from .invoices import InvoicesResource

        return InvoicesResource(self._requester)

    @cached_property
    def notifications(self) -> NotificationsResource:
        from .notifications import NotificationsResource

        return NotificationsResource(self._requester)

    @cached_property
    def oauth(self) -> OauthResource:
        from .oauth import OauthResource

        return OauthResource(self._requester)

    @cached_property
    def oauth_applications(self) -> OauthApplicationsResource:
        from .oauth_applications import OauthApplicationsResource

        return OauthApplicationsResource(self._requester)

    @cached_property
    def orders(self) -> OrdersResource:
        from .orders import OrdersResource

        return OrdersResource(self._requester)

    @cached_property
    def payment_links(self) -> PaymentLinksResource:
        from .payment_links import PaymentLinksResource

        return PaymentLinksResource(self._requester)

    @cached_property
    def payouts(self) -> PayoutsResource:
        from .payouts import PayoutsResource

        return PayoutsResource(self._requester)

    @cached_property
    def scopes(self) -> ScopesResource:
        from .scopes import ScopesResource

        return ScopesResource(self._requester)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        from .subscriptions import SubscriptionsResource

        return SubscriptionsResource(self._requester)

    @cached_property
    def transactions(self) -> TransactionsResource:
        from .transactions import TransactionsResource

        return TransactionsResource(self._requester)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .webhooks import WebhooksResource

        return WebhooksResource(self._requester)

    @cached_property
    def withdrawals(self) -> WithdrawalsResource:
        from .withdrawals import WithdrawalsResource

        return WithdrawalsResource(self._requester)

    @cached_property
    def woo_commerce(self) -> WooCommerceResource:
        from .woo_commerce import WooCommerceResource

        return WooCommerceResource(self._requester)


class AsyncResources:
    """`AsyncEcartPay`'s resource attributes."""

    _requester: AsyncRequester

    @cached_property
    def activity(self) -> AsyncActivityResource:
        from .activity import AsyncActivityResource

        return AsyncActivityResource(self._requester)

    @cached_property
    def authorization(self) -> AsyncAuthorizationResource:
        from .authorization import AsyncAuthorizationResource

        return AsyncAuthorizationResource(self._requester)

    @cached_property
    def banks(self) -> AsyncBanksResource:
        from .banks import AsyncBanksResource

        return AsyncBanksResource(self._requester)

    @cached_property
    def billings(self) -> AsyncBillingsResource:
        from .billings import AsyncBillingsResource

        return AsyncBillingsResource(self._requester)

    @cached_property
    def card_tokens(self) -> AsyncCardTokensResource:
        from .card_tokens import AsyncCardTokensResource

        return AsyncCardTokensResource(self._requester)

    @cached_property
    def cards(self) -> AsyncCardsResource:
        from .cards import AsyncCardsResource

        return AsyncCardsResource(self._requester)

    @cached_property
    def catalogs(self) -> AsyncCatalogsResource:
        from .catalogs import AsyncCatalogsResource

        return AsyncCatalogsResource(self._requester)

    @cached_property
    def chargebacks(self) -> AsyncChargebacksResource:
        from .chargebacks import AsyncChargebacksResource

        return AsyncChargebacksResource(self._requester)

    @cached_property
    def checkouts(self) -> AsyncCheckoutsResource:
        from .checkouts import AsyncCheckoutsResource

        return AsyncCheckoutsResource(self._requester)

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        from .customers import AsyncCustomersResource

        return AsyncCustomersResource(self._requester)

    @cached_property
    def exchanges(self) -> AsyncExchangesResource:
        from .exchanges import AsyncExchangesResource

        return AsyncExchangesResource(self._requester)

    @cached_property
    def forms(self) -> AsyncFormsResource:
        from .forms import AsyncFormsResource

        return AsyncFormsResource(self._requester)

    @cached_property
    def gateways(self) -> AsyncGatewaysResource:
        from .gateways import AsyncGatewaysResource

        return AsyncGatewaysResource(self._requester)

    @cached_property
    def geocodes(self) -> AsyncGeocodesResource:
        from .geocodes import AsyncGeocodesResource

        return AsyncGeocodesResource(self._requester)

    @cached_property
    def installments(self) -> AsyncInstallmentsResource:
        from .installments import AsyncInstallmentsResource

        return AsyncInstallmentsResource(self._requester)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        from .invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self._requester)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        from .notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self._requester)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        from .oauth import AsyncOauthResource

        return AsyncOauthResource(self._requester)

    @cached_property
    def oauth_applications(self) -> AsyncOauthApplicationsResource:
        from .oauth_applications import AsyncOauthApplicationsResource

        return AsyncOauthApplicationsResource(self._requester)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self._requester)

    @cached_property
    def payment_links(self) -> AsyncPaymentLinksResource:
        from .payment_links import AsyncPaymentLinksResource

        return AsyncPaymentLinksResource(self._requester)

    @cached_property
    def payouts(self) -> AsyncPayoutsResource:
        from .payouts import AsyncPayoutsResource

        return AsyncPayoutsResource(self._requester)

    @cached_property
    def scopes(self) -> AsyncScopesResource:
        from .scopes import AsyncScopesResource

        return AsyncScopesResource(self._requester)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        from .subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self._requester)

    @cached_property
    def transactions(self) -> AsyncTransactionsResource:
        from .transactions import AsyncTransactionsResource

        return AsyncTransactionsResource(self._requester)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._requester)

    @cached_property
    def withdrawals(self) -> AsyncWithdrawalsResource:
        from .withdrawals import AsyncWithdrawalsResource

        return AsyncWithdrawalsResource(self._requester)

    @cached_property
    def woo_commerce(self) -> AsyncWooCommerceResource:
        from .woo_commerce import AsyncWooCommerceResource

        return AsyncWooCommerceResource(self._requester)
