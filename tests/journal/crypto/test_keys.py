"""The data key's wraps: passphrase, recovery code, re-wrap, and the key file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from crypto_helpers import FAST

from journal.crypto import keys
from journal.errors import JournalError


def test_default_key_derivation_is_strong_argon2id() -> None:
    assert keys.KdfParams(memory_kib=65536, iterations=3, lanes=4) == keys.STRONG
    entry = keys.wrap(keys.new_data_key(), "pass", keys.PASSPHRASE)
    assert entry["kdf"]["name"] == "argon2id"
    assert entry["kdf"]["memory_kib"] == 65536
    assert len(keys.base64.b64decode(entry["kdf"]["salt"])) == 16


def test_passphrase_unwraps_the_data_key_and_a_wrong_one_is_refused_in_a_sentence() -> None:
    data_key = keys.new_data_key()
    sealed = keys.seal(data_key, "correct horse", params=FAST)
    assert sealed.unwrap("correct horse") == data_key
    with pytest.raises(keys.WrongPassphrase, match="does not open this journal"):
        sealed.unwrap("correct hors")
    assert isinstance(keys.WrongPassphrase("x"), JournalError)


def test_recovery_code_is_160_random_bits_in_groups_of_four_base32_letters() -> None:
    code = keys.new_recovery_code().text
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", code)
    assert code != keys.new_recovery_code().text


def test_recovery_code_unwraps_even_typed_in_lowercase_with_spaces_and_lookalikes() -> None:
    data_key = keys.new_data_key()
    code = keys.RecoveryCode("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    sealed = keys.seal(data_key, "pass", recovery=code, params=FAST)
    assert sealed.unwrap(code.text) == data_key
    assert sealed.unwrap("abcd efgh ijkl mnop qrst uvwx yz23 4567") == data_key
    assert sealed.unwrap("ABCD-EFGH-1JKL-MN0P-QRST-UVWX-YZ23-4567") == data_key
    with pytest.raises(keys.WrongPassphrase):
        sealed.unwrap("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4566")


def test_journal_without_recovery_code_is_not_opened_by_a_code() -> None:
    sealed = keys.seal(keys.new_data_key(), "pass", params=FAST)
    assert not sealed.has_recovery_code
    with pytest.raises(keys.WrongPassphrase):
        sealed.unwrap(keys.new_recovery_code().text)


def test_rewrap_keeps_the_data_key_and_the_recovery_code_but_not_the_old_passphrase() -> None:
    data_key, code = keys.new_data_key(), keys.new_recovery_code()
    sealed = keys.seal(data_key, "old", recovery=code, params=FAST)
    changed = keys.rewrapped(sealed, "old", "new", FAST)
    assert changed.unwrap("new") == data_key
    assert changed.unwrap(code.text) == data_key
    with pytest.raises(keys.WrongPassphrase):
        changed.unwrap("old")
    assert keys.rewrapped(sealed, code.text, "newer", FAST).unwrap("newer") == data_key


def test_rewrap_with_a_wrong_old_passphrase_is_refused() -> None:
    sealed = keys.seal(keys.new_data_key(), "old", params=FAST)
    with pytest.raises(keys.WrongPassphrase):
        keys.rewrapped(sealed, "guess", "new", FAST)


def test_a_wrap_moved_to_another_kind_does_not_open_because_the_kind_is_bound() -> None:
    data_key = keys.new_data_key()
    entry = keys.wrap(data_key, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", keys.PASSPHRASE, FAST)
    forged = keys.KeyFile({keys.PASSPHRASE: {**entry, "kind": keys.RECOVERY}})
    with pytest.raises(keys.WrongPassphrase):
        forged.unwrap("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")


def test_key_file_round_trips_through_its_json_and_holds_no_key_in_the_clear(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "journal.sqlite3"
    data_key = keys.new_data_key()
    keys.write(journal, keys.seal(data_key, "pass", recovery=keys.new_recovery_code(), params=FAST))
    path = keys.key_file_for(journal)
    assert path.name == "journal.sqlite3.key"
    content = json.loads(path.read_text())
    assert content["format"] == "migraine-journal-key" and content["version"] == 1
    assert data_key.hex() not in path.read_text() and data_key not in path.read_bytes()
    assert keys.data_key_for(journal, "pass") == data_key
    assert [p.name for p in tmp_path.iterdir()] == ["journal.sqlite3.key"]


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"not json", "damaged"),
        (b'{"format": "other"}', "damaged"),
        (b'{"format": "migraine-journal-key", "version": 9, "wraps": []}', "newer version"),
        (b'{"format": "migraine-journal-key", "version": 1, "wraps": []}', "damaged"),
    ],
)
def test_a_damaged_key_file_is_reported_in_a_sentence(
    tmp_path: Path, content: bytes, sentence: str
) -> None:
    journal = tmp_path / "journal.sqlite3"
    keys.key_file_for(journal).write_bytes(content)
    with pytest.raises(keys.KeyFileDamaged, match=sentence):
        keys.read(journal)


def test_a_missing_key_file_is_reported_in_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(keys.KeyFileDamaged, match="key file is missing"):
        keys.read(tmp_path / "journal.sqlite3")
