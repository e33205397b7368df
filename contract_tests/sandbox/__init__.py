"""Local Ecart Pay sandbox (work in progress)."""
