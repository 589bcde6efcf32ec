"""Daily tips: rotation (pure), repository (SQL) and service (no Discord I/O)."""
