"""Operator mode: behind the PIN, the screens to undo, import, export, merge, set up and quit."""
