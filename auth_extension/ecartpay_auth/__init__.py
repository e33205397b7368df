"""Token lifecycle for the Ecart Pay API: acquire, cache, refresh, never leak."""

__version__ = "0.1.0"

__all__ = ["__version__"]
