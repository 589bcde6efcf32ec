"""Encryption at rest for private check-in notes (Fernet: AES-128-CBC + HMAC-SHA256).

The key comes from ``TANDEM_DATA_KEY`` (``Settings.data_key``) or, when unset, from a key
file beside the database that is created on first run with owner-only (0600) permissions.
Losing the key must never stop the bot: notes become unreadable (``decrypt`` returns None
and logs once, clearly) while everything else keeps working.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

log = logging.getLogger(__name__)

KEY_FILE_NAME = "tandem.key"
UNREADABLE_HELP = (
    "A private check-in note could not be decrypted: the data key has changed or been lost "
    "(TANDEM_DATA_KEY or %s). Affected notes stay unreadable; everything else keeps working. "
    "Restore the original key to read them again."
)


class NoteCipher:
    """Encrypts short texts to opaque bytes and back."""

    def __init__(self, key: bytes, *, source: str = "key") -> None:
        self._fernet = Fernet(key)
        self.source = source
        self._warned = False

    @classmethod
    def generate(cls) -> NoteCipher:
        return cls(Fernet.generate_key(), source="generated")

    @classmethod
    def from_settings(cls, data_key: str | None, db_path: Path | str) -> NoteCipher:
        """The cipher for this deployment: ``data_key`` if given, else the key file beside the DB."""
        if data_key:
            return cls(key_from_text(data_key), source="TANDEM_DATA_KEY")
        if str(db_path) == ":memory:":
            # Nothing outlives the process, so a throwaway key is the honest choice.
            return cls.generate()
        return cls(
            load_or_create_key_file(Path(db_path).parent / KEY_FILE_NAME),
            source=str(Path(db_path).parent / KEY_FILE_NAME),
        )

    def encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def decrypt(self, token: bytes | str | None) -> str | None:
        """The plain text, or None if there is nothing or the key cannot open it."""
        if token is None:
            return None
        if isinstance(token, str):
            token = token.encode("ascii", "replace")
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except (InvalidToken, UnicodeDecodeError):
            if not self._warned:
                log.error(UNREADABLE_HELP, self.source)
                self._warned = True
            return None


def key_from_text(text: str) -> bytes:
    """Accept a Fernet key as given, or derive one from any other secret text.

    Deriving keeps a passphrase-style TANDEM_DATA_KEY working instead of refusing to start;
    the same text always gives the same key."""
    raw = text.strip().encode("utf-8")
    try:
        if len(base64.urlsafe_b64decode(raw)) == 32:
            return raw
    except ValueError:
        pass
    return base64.urlsafe_b64encode(hashlib.sha256(b"tandem-notes:" + raw).digest())


def load_or_create_key_file(path: Path) -> bytes:
    """Read the key file, creating it (0600, never overwriting) if it does not exist."""
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Fernet.generate_key()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            # Another process created it between our read and open: use theirs.
            return path.read_bytes().strip()
        with os.fdopen(fd, "wb") as fh:
            fh.write(key + b"\n")
        os.chmod(path, 0o600)  # the umask may have narrowed or widened the mode at creation
        log.warning(
            "Created a new data key for private notes at %s. Back it up with the database: "
            "without it, existing notes cannot be read.",
            path,
        )
        return key
    try:
        Fernet(key)
    except ValueError:
        log.error(
            "The data key file %s is damaged; notes saved with it cannot be read. Using it as a passphrase "
            "so new notes still save. Restore the original file to read older notes.",
            path,
        )
        return key_from_text(key.decode("utf-8", "replace"))
    if path.stat().st_mode & 0o077:
        log.warning("The data key file %s is readable by other users; run: chmod 600 %s", path, path)
    return key
