"""One line of a sync file: a frame, plain JSON or sealed, in a hash chain.

Every file a computer writes to the sync folder is a sequence of lines, each one
frame: a JSON object, or, when the journal is protected, the same JSON sealed with
AES-256-GCM under the journal's data key ("E1:" and base64 of nonce and sealed
bytes). The sealed frame's associated data names the device, the file and the
line number, so a frame cannot be moved to another place unnoticed. Each frame
holds the hash of the line before it ("prev"), so a file whose earlier part
changed is found out; a line that does not end in a newline is not yet complete
(a half-copied file) and is left for later.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

SEALED = "E1:"
NONCE_BYTES = 12


class FrameError(ValueError):
    """A complete line that is not a valid frame (damaged, or sealed by another key)."""


@dataclass(frozen=True)
class Frame:
    line: bytes
    """The line as written, without its newline (what the next frame's hash covers)."""
    payload: dict[str, Any]

    @property
    def hash(self) -> str:
        return line_hash(self.line)


def line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _place(device: str, file_name: str, index: int) -> bytes:
    return f"migraine-journal-sync/{device}/{file_name}/{index}".encode()


def encode(
    payload: dict[str, Any], *, key: bytes | None, device: str, file_name: str, index: int
) -> bytes:
    """The line (without newline) for a frame at `index` of `file_name`."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if key is None:
        return text.encode("utf-8")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _place(device, file_name, index))
    return (SEALED + base64.b64encode(nonce + sealed).decode("ascii")).encode("ascii")


def decode(
    line: bytes, *, key: bytes | None, device: str, file_name: str, index: int
) -> dict[str, Any]:
    """The payload of a line; FrameError when it is not a frame this key opens."""
    if line.startswith(SEALED.encode()):
        if key is None:
            raise FrameError("sealed")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            raw = base64.b64decode(line[len(SEALED) :], validate=True)
            text = AESGCM(key).decrypt(
                raw[:NONCE_BYTES], raw[NONCE_BYTES:], _place(device, file_name, index)
            )
        except (ValueError, InvalidTag) as error:
            raise FrameError("unsealed") from error
    elif key is not None:
        raise FrameError("plain")  # a protected folder never holds a plain frame
    else:
        text = line
    try:
        payload = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise FrameError("json") from error
    if not isinstance(payload, dict) or not isinstance(payload.get("t"), str):
        raise FrameError("shape")
    return payload


@dataclass(frozen=True)
class ReadFrames:
    """The complete frames of a file; `torn` when its end is not yet complete."""

    frames: list[Frame]
    torn: bool


def read_lines(content: bytes, *, key: bytes | None, device: str, file_name: str) -> ReadFrames:
    """The frames of a file's content, checked against their chain.

    The part after the last newline is not yet complete (a copy in progress, a
    file cut short, zeros from an interrupted write): it is `torn`, left for
    later. A complete line that is not a frame (FrameError "sealed", "unsealed",
    "plain": another key or none; "json", "shape": damaged) or that does not
    follow the line before it ("chain") means the file was changed.
    """
    lines = content.split(b"\n")
    complete, rest = lines[:-1], lines[-1]
    frames: list[Frame] = []
    for index, line in enumerate(complete):
        payload = decode(line, key=key, device=device, file_name=file_name, index=index)
        if frames and payload.get("prev") != frames[-1].hash:
            raise FrameError("chain")
        frames.append(Frame(line, payload))
    return ReadFrames(frames, torn=bool(rest))
