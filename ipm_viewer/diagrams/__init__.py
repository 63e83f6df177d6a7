"""Diagram checks (no Qt) and, in `view`-side modules under ui/, their rendering."""
