import logging
import os
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.crypto import KEY_FILE_NAME, NoteCipher, key_from_text, load_or_create_key_file


def test_crypto_round_trip_and_ciphertext_hides_text() -> None:
    cipher = NoteCipher.generate()
    token = cipher.encrypt("I said what I needed today")
    assert b"needed" not in token
    assert cipher.decrypt(token) == "I said what I needed today"
    assert cipher.decrypt(None) is None


def test_crypto_key_file_created_once_with_0600(tmp_path: Path) -> None:
    db = tmp_path / "data" / "tandem.db"
    first = NoteCipher.from_settings(None, db)
    key_file = db.parent / KEY_FILE_NAME
    assert key_file.exists()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    second = NoteCipher.from_settings(None, db)
    assert second.decrypt(first.encrypt("same key")) == "same key"


def test_crypto_key_file_created_0600_even_with_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        load_or_create_key_file(tmp_path / "k.key")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "k.key").stat().st_mode) == 0o600


def test_crypto_env_key_wins_and_passphrases_are_derived(tmp_path: Path) -> None:
    key = Fernet.generate_key().decode()
    cipher = NoteCipher.from_settings(key, tmp_path / "t.db")
    assert not (tmp_path / KEY_FILE_NAME).exists()
    assert Fernet(key.encode()).decrypt(cipher.encrypt("x")) == b"x"
    assert key_from_text("correct horse battery") == key_from_text("correct horse battery")
    assert key_from_text("correct horse battery") != key_from_text("another phrase")
    NoteCipher.from_settings("correct horse battery", tmp_path / "t.db")  # does not raise


def test_crypto_lost_key_leaves_notes_unreadable_with_one_clear_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "tandem.db"
    token = NoteCipher.from_settings(None, db).encrypt("xyzzy plaintext")
    (tmp_path / KEY_FILE_NAME).unlink()  # the key is lost; a new one is generated
    with caplog.at_level(logging.WARNING, logger="bot.crypto"):
        cipher = NoteCipher.from_settings(None, db)
        assert cipher.decrypt(token) is None
        assert cipher.decrypt(token) is None
        assert cipher.decrypt(cipher.encrypt("new notes still work")) == "new notes still work"
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "could not be decrypted" in errors[0].getMessage()
    assert "xyzzy" not in caplog.text
    assert any("Created a new data key" in r.getMessage() for r in caplog.records)


def test_crypto_damaged_key_file_still_lets_the_bot_run(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / KEY_FILE_NAME).write_text("not a fernet key\n")
    with caplog.at_level(logging.ERROR, logger="bot.crypto"):
        cipher = NoteCipher.from_settings(None, tmp_path / "tandem.db")
    assert cipher.decrypt(cipher.encrypt("ok")) == "ok"
    assert "damaged" in caplog.text
