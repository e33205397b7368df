"""A customer's CLABE payment methods (``POST /api/customers/{customer_id}/payment-methods``):
bank accounts the customer pays from. The first one becomes the default."""

from __future__ import annotations

from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox._store import AccountState, Record, collection
from ecartpay_sandbox.resources.customers import ON_CUSTOMER_DELETED, existing_customer

PAYMENT_METHODS = collection("customer_payment_methods")
FIELDS = ("name", "business_name", "bank", "number", "method", "country")


@operation("createCustomerPaymentMethod")
def create_customer_payment_method(call: Call) -> Record:
    """Store the bank account as the vendor's recorded answer shows it."""
    customer_id = call.params["customer_id"]
    with call.data() as data:
        existing_customer(data, customer_id)
        methods = data[PAYMENT_METHODS]
        first = not methods.find(customer_id=customer_id, deleted=False)
        return methods.add(
            {
                "id": call.core.store.new_id(),
                "account_id": call.account_id,
                "customer_id": customer_id,
                **{name: call.body[name] for name in FIELDS},
                "default": first,
                "deleted": False,
            }
        )


def drop_payment_methods(data: AccountState, customer_id: str) -> None:
    """A deleted customer's payment methods go with it."""
    for method in data[PAYMENT_METHODS].find(customer_id=customer_id):
        data[PAYMENT_METHODS].remove(method["id"])


ON_CUSTOMER_DELETED.append(drop_payment_methods)
