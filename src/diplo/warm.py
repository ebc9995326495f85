"""Imported by the fork server the workers are forked from (`pipeline._fork_server`): spaCy and the stages,
imported once for every worker, and the pipelines and knowledge of the languages it is given, loaded once."""
import gc
import os

from . import nlp  # noqa: F401 - spaCy, without its command line
from .pipeline import WARM_LANGUAGES, stages, warm_up

stages()  # imports the stages' modules
warm_up(filter(None, os.environ.get(WARM_LANGUAGES, "").split(",")))
gc.freeze()  # the imported objects stay out of the collector's way, so a worker's pages stay shared with the server
