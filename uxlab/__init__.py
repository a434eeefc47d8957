"""uxlab: a desktop lab for moderated usability testing."""

__version__ = "0.1.0"
