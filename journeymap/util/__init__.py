"""Pure helpers below everything else: standard library only, no Qt, no model."""
