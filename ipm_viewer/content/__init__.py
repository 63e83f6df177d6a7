"""Content: the model, its loading and checking. Imports no Qt (a test enforces it)."""
