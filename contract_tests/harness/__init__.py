"""The contract-test harness: target selection, schemathesis runs, VCR cassettes.

    python -m contract_tests.harness run [--max-examples N] [--seed S] [--phases P]
                                         [--report-dir DIR]        # make contract-test
    python -m contract_tests.harness record [--only FLOW]          # make record
    python -m contract_tests.harness --tls run|record              # local sandbox on HTTPS

Target: the local sandbox (started here on a free port) unless ECARTPAY_BASE_URL and both
ECARTPAY_PUBLIC_KEY / ECARTPAY_PRIVATE_KEY are set; ECARTPAY_CA_FILE trusts a custom CA;
production only with ECARTPAY_ALLOW_PRODUCTION=1, and then read-only.

One job per module: ``target`` (which API, safety rules; pure), ``live`` (start the local
sandbox), ``runner`` (the schemathesis CLI as a subprocess, configured by
``schemathesis.toml``), ``summary`` (read its reports), ``redact`` (no secret in output
or reports), ``flows`` (the SDK's real flows, live or replayed), ``placeholders`` +
``scrub`` (cassette scrubbing), ``cassette_check`` (the independent secret finder),
``record`` + ``metadata`` (make record, cassettes/README.md), ``cli`` (the command line).
"""
