"""diplo's web page (`diplo serve`)."""
from .app import create_app

__all__ = ["create_app"]
