"""Durable, private file writes: replace a file only once its new content is on disk,
make renames survive a power cut, and keep what the app writes readable by its owner
only (files 0600, folders 0700). Used by exports, reports, key files and backups."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def write_atomically(target: Path, content: bytes) -> None:
    """Replace `target` only once the complete new content is on disk.

    A target that is not a regular file (a device such as /dev/full, a pipe, the
    terminal behind /dev/stdout) is written into directly: renaming a file over it
    would replace the device node. A symlink is followed, so the link stays a link."""
    target = Path(target)
    if is_special(target):
        write_in_place(target, content)
        return
    target = target.resolve() if target.is_symlink() else target
    handle, temporary = tempfile.mkstemp(  # mkstemp makes the file 0600
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def is_special(target: Path) -> bool:
    """Whether `target` exists and is not a regular file (a device, pipe, socket)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_in_place(target: Path, content: bytes) -> None:
    """Write `content` into an existing device or pipe; a short or refused write is
    an OSError (ENOSPC for /dev/full), never a silent success."""
    descriptor = os.open(target, os.O_WRONLY | getattr(os, "O_APPEND", 0))
    try:
        view = memoryview(content)
        while view:
            written = os.write(descriptor, view)
            if written <= 0:
                raise OSError(28, os.strerror(28))
            view = view[written:]
        with contextlib.suppress(OSError):  # pipes and terminals cannot be synced
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def make_private(path: Path) -> None:
    """Make a file the app wrote readable by its owner only (when the system lets us)."""
    try:
        if Path(path).is_file() and stat.S_IMODE(os.stat(path).st_mode) & 0o077:
            os.chmod(path, PRIVATE_FILE)
    except OSError:
        pass  # a read-only or foreign file system: nothing more we can do


def private_folder(folder: Path) -> None:
    """Make `folder` (and missing parents) with owner-only access; a folder the app
    made before with wider access is narrowed."""
    folder = Path(folder)
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    try:
        if stat.S_IMODE(folder.stat().st_mode) & 0o077:
            os.chmod(folder, PRIVATE_FOLDER)
    except OSError:
        pass


def link_or_copy(source: Path, target: Path, *, link: bool = True, suffix: str = "tmp") -> None:
    """`target` becomes the whole of `source` in one step: a hard link where the file
    system has them and `link` is asked (instant, no space), else a private, synced
    copy put in place by one rename (its half-written form is `.NAME.SUFFIX`)."""
    if link:
        try:
            os.link(source, target)
            return
        except OSError:
            pass  # a file system without hard links: copy instead
    temporary = target.with_name(f".{target.name}.{suffix}")
    try:
        shutil.copyfile(source, temporary)
        make_private(temporary)
        sync_file(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def sync_file(path: Path) -> None:
    _sync(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be synced)."""
    if os.name != "nt":
        _sync(folder, os.O_RDONLY)


def _sync(path: Path, flags: int) -> None:
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
