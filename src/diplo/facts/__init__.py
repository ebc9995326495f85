"""Facts stages: quotations, figures, commitments and topics."""
from .commitments import find_commitments
from .figures import find_figures
from .quotes import find_quotes
from .topics import find_topics

__all__ = ["find_commitments", "find_figures", "find_quotes", "find_topics"]
