"""Runnable examples of the didww SDK, one workflow each (see "Examples and the simulator" in
README.md)."""
