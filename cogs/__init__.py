"""Discord extensions, one package per feature."""
