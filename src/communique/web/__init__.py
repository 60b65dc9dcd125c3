"""The dashboard: static HTML, JavaScript and CSS that the API app serves, with no build step.

`communique.api` serves `static_dir() / "index.html"` at `/` and the folder itself at `/static`.
The page is plain ES modules that call the same app's JSON API with relative URLs, draw their
charts as SVG themselves and need no internet: the one data file from outside (a coarse world
outline) is vendored under `static/vendor/` with its licence.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["static_dir"]


def static_dir() -> Path:
    """The folder holding index.html, the scripts, the stylesheet and vendored data."""
    return Path(__file__).resolve().parent / "static"
