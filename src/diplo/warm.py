"""Imported by the fork server the workers are forked from (`pipeline._fork_server`): spaCy and the stages,
imported once for every worker."""
import gc

from . import nlp  # noqa: F401 - spaCy, without its command line
from .pipeline import stages

stages()  # imports the stages' modules
gc.freeze()  # the imported objects stay out of the collector's way, so a worker's pages stay shared with the server
