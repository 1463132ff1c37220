"""Dialogs that more than one room opens: messages (save changes?, problems, errors, about)
and New from Template."""
