# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""One module per resource type; each is imported when first needed."""
