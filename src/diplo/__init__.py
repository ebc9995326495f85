"""diplo: a cited record of international relations from foreign-affairs texts."""

__version__ = "0.1.0"
