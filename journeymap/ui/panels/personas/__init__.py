"""The persona manager: list, form, photos, clipboard and drag."""
