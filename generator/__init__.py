"""Generates the typed half of the ``didww`` package from the YAML spec in ``spec/``."""
