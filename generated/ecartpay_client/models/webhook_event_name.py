from enum import StrEnum


class WebhookEventName(StrEnum):
    BILLINGS_CREATE = "billings.create"
    BILLING_INFORMATION_DELETED = "billing_information.deleted"
    BILLING_INFORMATION_UPDATED = "billing_information.updated"
    ORDERS_CONFIRMATION = "orders.confirmation"
    ORDERS_CREATE = "orders.create"
    ORDERS_UPDATE = "orders.update"
    SUBSCRIPTION_CANCELLED = "subscription.cancelled"
    SUBSCRIPTION_CREATED = "subscription.created"
    SUBSCRIPTION_PAUSED = "subscription.paused"
    SUBSCRIPTION_PAYMENT_FAILED = "subscription.payment_failed"
    SUBSCRIPTION_PAYMENT_SUCCESS = "subscription.payment_success"
    TRANSFER_CREATED = "transfer.created"
    WITHDRAWALS_CANCELLED = "withdrawals.cancelled"
    WITHDRAWALS_PAID = "withdrawals.paid"
    WITHDRAWALS_PROCESSING = "withdrawals.processing"

    def __str__(self) -> str:
        return str(self.value)
