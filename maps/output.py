"""Write maps: whole pages, fragments and iframe snippets, always atomically, and never over
the files a command reads.

Every file is written to a temporary file in the target folder and renamed into place, so an
interrupted run leaves the previous file (or none), never a truncated one, and no temporary
file: it is removed on any error, ``KeyboardInterrupt`` or other exception (the command line
turns SIGTERM into one, see :func:`alertmap.maps.cli.main`).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from alertmap.maps.errors import OutputError

if TYPE_CHECKING:  # folium, imported only by the commands that draw a map
    from alertmap.maps.frame import Document

#: The longest stem :func:`safe_file_name` gives, in characters and in UTF-8 bytes: with an
#: ending (or as a temporary file's name) it stays within the 255 bytes a file name may have
#: on common file systems.
FILE_NAME_MAX_CHARS = 80
FILE_NAME_MAX_BYTES = 200

#: Characters a file name made from an id keeps: letters, digits, '_', '.', '-'; any run of
#: others (or of two or more dots, a parent folder's '..') becomes one '_'.
_UNSAFE = re.compile(r"(?:[^\w.\-]|\.{2,})+")


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new one.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = tempfile.mkdtemp()
    >>> write_atomic(pathlib.Path(d) / "a.txt", "hello").read_text()
    'hello'
    """
    data = text.encode("utf-8")
    return replace_atomic(path, lambda tmp: tmp.write_bytes(data))


def replace_atomic(path: str | os.PathLike[str], produce: Callable[[Path], object]) -> Path:
    """Let ``produce`` write a temporary file beside ``path``, then rename it into place.

    The temporary file (``.NAME.RANDOM.tmp`` in the target's folder) is removed whatever
    happens before the rename: an error, ``KeyboardInterrupt``, ``SystemExit``. Its name is
    chosen before it is created, so that an exception raised between the two (a signal's
    handler) still finds it. An existing file keeps its permissions.

    A symbolic link is followed: the file it leads to is replaced and the link kept. A device,
    pipe or socket (``-o /dev/null``, ``/dev/stdout``, a FIFO) is not a file to replace: the
    complete output is written into it.
    """
    given = Path(path)
    if _is_special(given):
        return _write_into(given, produce)
    target = resolved(given)
    folder = target.parent
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except (OSError, ValueError):
        mode = 0o644
    tmp: Path | None = None
    try:
        while tmp is None:
            tmp = folder / f".{target.name[:40]}.{_random_suffix()}.tmp"  # < 200 bytes
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_CLOEXEC, 0o600)
            except FileExistsError:  # another file has this random name: not ours to remove
                tmp = None
                continue
            os.close(fd)
        produce(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return given


def resolved(path: Path) -> Path:
    """``path`` with its links and ``..`` resolved; as given for a link loop (whose write
    then fails, or replaces the looping link)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop, before Python 3.13
        return path


def _is_special(path: Path) -> bool:
    """Whether ``path`` is an existing device, pipe or socket, links followed."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_into(target: Path, produce: Callable[[Path], object]) -> Path:
    """``produce`` into a temporary folder of the system's, then the whole output into
    ``target``, a device or pipe (never created nor renamed over)."""
    with tempfile.TemporaryDirectory(prefix="alertmap-") as folder:
        tmp = Path(folder) / "output"
        produce(tmp)
        with open(tmp, "rb") as source, open(os.open(target, os.O_WRONLY), "wb") as sink:
            shutil.copyfileobj(source, sink)
    return target


_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _random_suffix() -> str:
    """Sixteen random hex digits for a temporary file's name (what ``secrets.token_hex(8)``
    gives, without importing ``secrets`` and its modules into every render)."""
    return os.urandom(8).hex()


def safe_file_name(text: str) -> str:
    """A file name (without an ending) made of ``text``, an id, that stays in its folder.

    NFC-normalised; letters, digits, ``_``, ``.`` and ``-`` kept, every other run of
    characters (path separators, ``..``, spaces, controls) replaced by one ``_``; no leading
    ``.``, ``_`` or ``-`` (no hidden files, no options) nor trailing dot; at most
    :data:`FILE_NAME_MAX_CHARS` characters and :data:`FILE_NAME_MAX_BYTES` bytes; ``_`` when
    nothing is left. Two ids may give the same name: ``render --each`` refuses that before
    writing.

    Examples
    --------
    >>> safe_file_name("2023-08-24-2")
    '2023-08-24-2'
    >>> safe_file_name("../../x"), safe_file_name("a/b c"), safe_file_name(".hidden")
    ('x', 'a_b_c', 'hidden')
    >>> safe_file_name("Sohae 서해"), safe_file_name("..")
    ('Sohae_서해', '_')
    """
    name = _UNSAFE.sub("_", unicodedata.normalize("NFC", text)).lstrip("._-")
    name = name[:FILE_NAME_MAX_CHARS].encode()[:FILE_NAME_MAX_BYTES].decode("utf-8", "ignore")
    return name.rstrip(".") or "_"


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file: the same once symbolic links and ``..`` are resolved,
    or, when both exist, the same device and inode (hard links, a case-insensitive disk).

    Examples
    --------
    >>> same_file("no-such-folder/../a.toml", "a.toml"), same_file("a.toml", "b.toml")
    (True, False)
    """
    if resolved(Path(a)) == resolved(Path(b)):
        return True
    try:
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def refuse_overwriting_inputs(
    outputs: Sequence[tuple[str, Path]], inputs: Sequence[tuple[str, Path]]
) -> None:
    """Raise :class:`OutputError` when an output would replace an input.

    ``outputs`` are (the output as the user named it, its path); ``inputs`` (what the input
    is and as the user named it, e.g. ``"scenario a.toml"``, its path).

    Examples
    --------
    >>> outputs = [("-o a.toml", Path("a.toml"))]
    >>> refuse_overwriting_inputs(outputs, [("scenario ./a.toml", Path("./a.toml"))])
    Traceback (most recent call last):
    ...
    alertmap.maps.errors.OutputError: -o a.toml: ... got the scenario ./a.toml (nothing was written)
    """
    for shown, output in outputs:
        if _is_special(output):  # written into (a terminal, a pipe): no file is replaced
            continue
        for what, source in inputs:
            if same_file(output, source):
                raise OutputError(
                    f"{shown}: expected an output file that is not an input, got the {what} "
                    "(nothing was written)"
                )


def check_writable(outputs: Sequence[tuple[str, Path]]) -> None:
    """Raise :class:`OutputError` unless each output's folder exists and may be written, and
    the output is not a folder: checked before any work, so that nothing is written when one
    of several outputs cannot be."""
    for shown, output in outputs:
        folder = resolved(output).parent  # where the temporary file goes (links followed)
        if _is_special(output):  # written into, not replaced: its folder does not matter
            if not os.access(output, os.W_OK):
                raise OutputError(f"{shown}: cannot write: permission denied")
            continue
        if output.is_dir():
            raise OutputError(f"{shown}: cannot write: expected a file name, got a folder")
        if not folder.is_dir():
            why = "is not a folder" if folder.exists() else "no such folder"
            raise OutputError(f"{shown}: cannot write: {folder}: {why}")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"{shown}: cannot write: {folder}: permission denied")


def page_html(doc: Document) -> str:
    """The HTML of a page or fragment, as the document was composed."""
    text: str = doc.render()
    return text


def iframe_html(page: str, *, title: str, width: str = "100%", height: str = "600px") -> str:
    """An ``<iframe srcdoc>`` snippet holding a whole page, sandboxed to scripts and popups.

    Examples
    --------
    >>> snippet = iframe_html("<p>a & b</p>", title="Map")
    >>> snippet.startswith('<iframe title="Map" srcdoc="&lt;p&gt;a &amp; b')
    True
    """
    return (
        f'<iframe title="{html.escape(title)}" srcdoc="{html.escape(page, quote=True)}" '
        f'style="width: {html.escape(width)}; height: {html.escape(height)}; border: 0" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        'loading="lazy"></iframe>\n'
    )
