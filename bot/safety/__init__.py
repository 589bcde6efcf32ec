"""Crisis-language detection and safe-messaging resources (no Discord I/O here)."""
