"""The insights dock: funnel, coverage, findings, what-if."""
