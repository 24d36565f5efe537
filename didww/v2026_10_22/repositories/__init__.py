# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""One module per API path, each with a sync and an async repository."""
