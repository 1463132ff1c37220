"""Pure helpers below everything else (stdlib only): no model, no Qt."""
