"""Security tests: one test per attack of the security review (issue 19), each of which
failed on the code before its fix."""
