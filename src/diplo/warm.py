"""Imported by the fork server the workers are forked from (`pipeline._fork_server`): the stages, spaCy, and
the pipelines and tables of the languages named in $DIPLO_WARM_LANGUAGES, loaded once for every worker."""
import gc
import os

from .pipeline import WARM_VARIABLE, warm

try:
    warm(code for code in os.environ.get(WARM_VARIABLE, "").split(",") if code)
except Exception:  # noqa: BLE001 - a worker loads what failed here itself, and reports why on its documents
    pass
gc.freeze()  # the loaded objects stay out of the collector's way, so a worker's pages stay shared with the server
