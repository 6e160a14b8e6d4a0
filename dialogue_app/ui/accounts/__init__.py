"""The window's side of staff accounts: signing in, the admin screen, the audit log."""
