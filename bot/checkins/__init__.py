"""Private check-ins: schedule choices, the answer flow, history and charts (no Discord I/O)."""
