"""The repository's entry points to the local sandbox, which ships in the wheel as
``ecartpay_sandbox`` (``pip install 'ecartpay[sandbox]'``): ``python -m contract_tests.sandbox``
(what ``make sandbox`` runs) and the pytest fixtures of ``pytest_plugin``."""
