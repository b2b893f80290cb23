"""Write maps: whole pages, fragments and iframe snippets, always atomically.

Every file is written to a temporary file in the target folder and renamed into place, so an
interrupted run leaves the previous file (or none), never a truncated one.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from alertmap.maps.frame import Document


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
    """Let ``produce`` write a temporary file beside ``path``, then rename it into place."""
    target = Path(path)
    folder = target.parent
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        produce(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


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
