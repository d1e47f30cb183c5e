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
UNSEEN = "unseen_recovery_code"
"""The key file's entry that holds a recovery code until the person confirmed
writing it down (journal.crypto.protect), encrypted with the data key: only what
opens the journal reads it, it never enters the journal's tables (never synced or
exported), and it is removed once confirmed."""
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
    import secrets  # with hashlib: only when a journal is protected, not at every start

    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> RecoveryCode:
    import secrets

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
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


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
    import secrets

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
    """The parsed key file: its wraps of one data key, by kind, and a recovery code
    not yet confirmed as written down (encrypted with the data key), if any."""

    wraps: dict[str, dict[str, Any]]
    unseen: dict[str, str] | None = None

    def with_unseen_code(self, data_key: bytes, code: RecoveryCode) -> KeyFile:
        import secrets

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(data_key).encrypt(nonce, code.text.encode("ascii"), UNSEEN.encode())
        return KeyFile(self.wraps, {"nonce": _b64(nonce), "ciphertext": _b64(sealed)})

    def unseen_code(self, data_key: bytes) -> str:
        """The recovery code waiting to be shown ("" if none, or if `data_key` is not
        the one that sealed it)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if self.unseen is None:
            return ""
        try:
            found = AESGCM(data_key).decrypt(
                _unb64(self.unseen["nonce"]), _unb64(self.unseen["ciphertext"]), UNSEEN.encode()
            )
        except (InvalidTag, ValueError):
            return ""
        return found.decode("ascii", "replace")

    def without_unseen_code(self) -> KeyFile:
        return KeyFile(self.wraps)

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
        content: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "wraps": list(self.wraps.values()),
        }
        if self.unseen is not None:
            content[UNSEEN] = self.unseen
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
    return KeyFile(
        {**key_file.wraps, PASSPHRASE: wrap(data_key, new, PASSPHRASE, params)}, key_file.unseen
    )


MAX_KEY_FILE_BYTES = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB: 16 times STRONG, within what a computer can give
MAX_ITERATIONS = 64
MAX_LANES = 64
NONCE_BYTES = 12
SEALED_BYTES = KEY_BYTES + 16  # the data key and GCM's tag


def parse(content: bytes) -> KeyFile:
    """The key file, checked field by field: anything missing, of the wrong type or
    out of range is KeyFileDamaged (one sentence), never a crash in the KDF."""
    damaged = KeyFileDamaged(
        _("The journal's key file is damaged, so the journal cannot be opened.")
    )
    if len(content) > MAX_KEY_FILE_BYTES:
        raise damaged
    try:
        found = json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise damaged from error
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise damaged
    if found.get("version") != VERSION:
        raise KeyFileDamaged(
            _("The journal's key file was written by a newer version of Migraine Journal.")
        )
    entries = found.get("wraps")
    if not isinstance(entries, list):
        raise damaged
    wraps = {}
    for entry in entries:
        checked = _checked_wrap(entry)
        if checked is None:
            raise damaged
        wraps[checked["kind"]] = checked
    if PASSPHRASE not in wraps:
        raise damaged
    unseen = found.get(UNSEEN)
    if unseen is not None and not _is_sealed_text(unseen):
        raise damaged
    return KeyFile(wraps, unseen)


def _is_sealed_text(entry: Any) -> bool:
    if not isinstance(entry, dict):
        return False
    try:
        nonce, sealed = _unb64(entry.get("nonce")), _unb64(entry.get("ciphertext"))
    except ValueError:
        return False
    return len(nonce) == NONCE_BYTES and 16 < len(sealed) <= 1024


def _checked_wrap(entry: Any) -> dict[str, Any] | None:
    """One wrap with every field of the right type and in range, else None."""
    if not isinstance(entry, dict) or entry.get("kind") not in (PASSPHRASE, RECOVERY):
        return None
    kdf = entry.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        return None
    lanes, iterations, memory = kdf.get("lanes"), kdf.get("iterations"), kdf.get("memory_kib")
    numbers = (lanes, iterations, memory)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        return None
    assert isinstance(lanes, int) and isinstance(iterations, int) and isinstance(memory, int)
    if not (1 <= lanes <= MAX_LANES and 1 <= iterations <= MAX_ITERATIONS):
        return None
    if not 8 * lanes <= memory <= MAX_MEMORY_KIB:
        return None
    try:
        salt = _unb64(kdf.get("salt"))
        nonce = _unb64(entry.get("nonce"))
        sealed = _unb64(entry.get("ciphertext"))
    except ValueError:
        return None
    if len(salt) < 8 or len(nonce) != NONCE_BYTES or len(sealed) != SEALED_BYTES:
        return None
    return dict(entry)


def read(journal: Path) -> KeyFile:
    """The key file of the journal at `journal`."""
    path = key_file_for(journal)
    try:
        with path.open("rb") as stream:
            content = stream.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise KeyFileDamaged(
            _(
                "The journal is encrypted but its key file is missing ({name} is not "
                "beside it), so it cannot be opened; nothing was changed."
            ).format(name=path.name)
        ) from error
    except OSError as error:
        raise KeyFileDamaged(
            _("The journal's key file {name} cannot be read ({strerror}).").format(
                name=path.name, strerror=error.strerror
            )
        ) from error
    return parse(content)


def write(journal: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically (temporary file, fsync, rename)."""
    write_atomically(key_file_for(journal), key_file.to_bytes())


def data_key_for(journal: Path, secret: str) -> bytes:
    """The data key of the encrypted journal at `journal`, from passphrase or code."""
    return read(journal).unwrap(secret)
