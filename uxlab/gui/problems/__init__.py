"""The Problems view: formative findings (observations grouped into problems, severity, the
problem x participant matrix and the discovery curve)."""
