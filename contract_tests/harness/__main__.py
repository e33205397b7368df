"""Entry point: ``python -m contract_tests.harness run|record`` (see ``cli``)."""

import sys

from contract_tests.harness.cli import main

sys.exit(main())
