"""``python -m contract_tests.sandbox`` (``make sandbox``): the ``ecartpay-sandbox`` command."""

import sys

from ecartpay_sandbox.__main__ import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m contract_tests.sandbox"))
