"""Imported by the fork server of a test that adds it to `pipeline.PRELOAD`: in the workers forked from it, the
analysis of a document that holds MARKER crashes the process, as a bug in a native library would."""
import os
import signal

from diplo import pipeline

MARKER = "[this text crashes the worker that analyses it]"
_analyse = pipeline.analyse


def analyse(document, doc):
    if MARKER in document.text:
        os.kill(os.getpid(), signal.SIGSEGV)
    return _analyse(document, doc)


pipeline.analyse = analyse
