"""The journal's data key and the key file that keeps it wrapped.

An encrypted journal is encrypted by SQLCipher with a random 256-bit data key. The
data key is never stored in the clear: the key file `<journal>.key` holds it
wrapped (AES-256-GCM) by a key derived from the passphrase with Argon2id, and
optionally a second wrap by a recovery code meant to be kept on paper. Changing
the passphrase only re-wraps the data key, so it is instant and the journal file
is not touched. The key file is replaced atomically (temporary file, fsync,
rename), so a crash leaves either the old or the new key file.

A forgotten passphrase (without the recovery code) cannot be recovered: that is
the point of encryption, and the app says so before protection is turned on.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from journal.errors import JournalError
from journal.files import write_atomically
from journal.i18n import _

FORMAT = "migraine-journal-key"
VERSION = 1
KEY_BYTES = 32
SUFFIX = ".key"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RECOVERY_CHARACTERS = 32  # 160 bits, printed as 8 groups of 4
MIN_PASSPHRASE_LENGTH = 8
"""A new passphrase has at least this many characters."""
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class WrongPassphrase(JournalError):
    """The passphrase or recovery code does not open the journal."""


class PassphraseNeeded(JournalError):
    """The journal is encrypted and no passphrase was given."""


class KeyFileDamaged(JournalError):
    """The key file beside an encrypted journal is missing or unreadable."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost. The default is strong; tests pass weaker ones to stay fast
    (the parameters used are stored in the key file, so either opens later)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


STRONG = KdfParams()


@dataclass(frozen=True)
class RecoveryCode:
    """A random code (8 groups of 4 base32 letters) that also unwraps the data key."""

    text: str

    def __str__(self) -> str:
        return self.text


def key_file_for(journal: Path) -> Path:
    """Where the key file of the journal at `journal` lives (`journal.sqlite3.key`)."""
    journal = Path(journal)
    return journal.with_name(journal.name + SUFFIX)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> RecoveryCode:
    letters = "".join(secrets.choice(_BASE32) for _ in range(RECOVERY_CHARACTERS))
    return RecoveryCode("-".join(letters[i : i + 4] for i in range(0, len(letters), 4)))


def _normalized_code(text: str) -> str | None:
    """The recovery code's letters without dashes or spaces, or None if `text`
    cannot be one (so a passphrase is not mistaken for a code)."""
    letters = "".join(text.split()).replace("-", "").upper().translate(_LOOKALIKES)
    if len(letters) == RECOVERY_CHARACTERS and all(c in _BASE32 for c in letters):
        return letters
    return None


def _secret_bytes(secret: str) -> bytes:
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _associated_data(kind: str) -> bytes:
    """Binds each wrap to the format, its version and its kind (passphrase or code)."""
    return f"{FORMAT} v{VERSION} {kind}".encode("ascii")


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    # cryptography is imported where used: opening a plain journal never needs it.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def wrap(data_key: bytes, secret: str, kind: str, params: KdfParams = STRONG) -> dict[str, Any]:
    """One wrap of the data key by `secret` (a passphrase, or a recovery code's letters)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping_key = _derive(_secret_bytes(secret), salt, params)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, _associated_data(kind))
    return {
        "kind": kind,
        "kdf": {"name": "argon2id", **asdict(params), "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "ciphertext": _b64(sealed),
    }


def _unwrap_one(entry: dict[str, Any], secret: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = entry["kdf"]
    if kdf.get("name") != "argon2id":
        raise KeyFileDamaged(_("The journal's key file uses a method this app does not know."))
    params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
    wrapping_key = _derive(_secret_bytes(secret), _unb64(kdf["salt"]), params)
    try:
        found = AESGCM(wrapping_key).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["ciphertext"]), _associated_data(entry["kind"])
        )
    except InvalidTag:
        return None
    return found if len(found) == KEY_BYTES else None


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file: its wraps of one data key, by kind."""

    wraps: dict[str, dict[str, Any]]

    def unwrap(self, secret: str) -> bytes:
        """The data key, from the passphrase or the recovery code. A wrong one raises
        WrongPassphrase; nothing is written either way."""
        code = _normalized_code(secret)
        attempts = [(RECOVERY, code)] if code is not None else []
        attempts.append((PASSPHRASE, secret))
        for kind, text in attempts:
            entry = self.wraps.get(kind)
            if entry is not None and text is not None:
                found = _unwrap_one(entry, text)
                if found is not None:
                    return found
        raise WrongPassphrase(_("That passphrase does not open this journal; nothing was changed."))

    @property
    def has_recovery_code(self) -> bool:
        return RECOVERY in self.wraps

    def to_bytes(self) -> bytes:
        content = {"format": FORMAT, "version": VERSION, "wraps": list(self.wraps.values())}
        return (json.dumps(content, indent=2) + "\n").encode("utf-8")


def seal(
    data_key: bytes,
    passphrase: str,
    *,
    recovery: RecoveryCode | None = None,
    params: KdfParams = STRONG,
) -> KeyFile:
    """A key file wrapping `data_key` by the passphrase (and the recovery code)."""
    if not passphrase:
        raise JournalError(_("The passphrase cannot be empty."))
    wraps = {PASSPHRASE: wrap(data_key, passphrase, PASSPHRASE, params)}
    if recovery is not None:
        letters = _normalized_code(recovery.text)
        assert letters is not None
        wraps[RECOVERY] = wrap(data_key, letters, RECOVERY, params)
    return KeyFile(wraps)


def rewrapped(key_file: KeyFile, old: str, new: str, params: KdfParams = STRONG) -> KeyFile:
    """The same data key wrapped by the `new` passphrase (the recovery wrap is kept).
    `old` may be the current passphrase or the recovery code."""
    if not new:
        raise JournalError(_("The new passphrase cannot be empty."))
    data_key = key_file.unwrap(old)
    return KeyFile({**key_file.wraps, PASSPHRASE: wrap(data_key, new, PASSPHRASE, params)})


def parse(content: bytes) -> KeyFile:
    damaged = KeyFileDamaged(
        _("The journal's key file is damaged, so the journal cannot be opened.")
    )
    try:
        found = json.loads(content.decode("utf-8"))
        if found.get("format") != FORMAT:
            raise damaged
        if found.get("version") != VERSION:
            raise KeyFileDamaged(
                _("The journal's key file was written by a newer version of Migraine Journal.")
            )
        wraps = {str(entry["kind"]): dict(entry) for entry in found["wraps"]}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise damaged from error
    if PASSPHRASE not in wraps:
        raise damaged
    return KeyFile(wraps)


def read(journal: Path) -> KeyFile:
    """The key file of the journal at `journal`."""
    path = key_file_for(journal)
    try:
        return parse(path.read_bytes())
    except FileNotFoundError as error:
        raise KeyFileDamaged(
            _("The journal is encrypted but its key file is missing, so it cannot be opened.")
        ) from error


def write(journal: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically (temporary file, fsync, rename)."""
    write_atomically(key_file_for(journal), key_file.to_bytes())


def data_key_for(journal: Path, secret: str) -> bytes:
    """The data key of the encrypted journal at `journal`, from passphrase or code."""
    return read(journal).unwrap(secret)
