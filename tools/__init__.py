"""Project tooling run by the Makefile; not shipped."""
