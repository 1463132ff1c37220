"""The inspector: every field of the selected element, or of the journey itself."""
