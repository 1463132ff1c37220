"""The metrics table dock."""
