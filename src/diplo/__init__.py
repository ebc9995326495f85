"""diplo: a cited record of international relations from foreign-affairs texts."""
import os

# One BLAS thread per process (read when numpy is first imported): diplo runs one worker per core, and more threads
# would only compete for the cores (spaCy's networks then take a third more CPU time).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
