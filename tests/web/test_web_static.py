"""The dashboard's files without a browser: everything the page loads exists, is served by the real
app, and nothing is fetched from outside (the dashboard must work without internet)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx

from communique.web import static_dir

STATIC = static_dir()
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def _page_files() -> list[Path]:
    return sorted(p for p in STATIC.rglob("*") if p.suffix in (".html", ".js", ".css"))


def test_index_references_existing_files() -> None:
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    referenced = re.findall(r'(?:src|href)="static/([^"]+)"', index)
    assert "js/app.js" in referenced and "app.css" in referenced
    for name in referenced:
        assert (STATIC / name).is_file(), name


def test_every_module_import_resolves() -> None:
    scripts = sorted((STATIC / "js").rglob("*.js"))
    assert scripts
    for script in scripts:
        for target in re.findall(
            r'^import .* from "(\.{1,2}/[^"]+)";$', script.read_text(encoding="utf-8"), re.M
        ):
            assert (script.parent / target).resolve().is_file(), f"{script.name} imports missing {target}"


def test_nothing_is_loaded_from_outside() -> None:
    for path in _page_files():
        text = path.read_text(encoding="utf-8").replace(SVG_NAMESPACE, "")
        assert not re.search(r"https?://|//cdn|@import url", text), (
            f"{path.name} refers to an outside address"
        )


def test_world_outline_is_vendored_with_its_licence() -> None:
    outline = json.loads((STATIC / "vendor" / "world-land-110m.json").read_text(encoding="utf-8"))
    rings = re.findall(r"M[^MZ]+Z", outline["d"])
    assert len(rings) > 100
    # Equirectangular box 360 x 180; copies of antimeridian-crossing rings may run past the edge.
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", outline["d"])]
    xs, ys = numbers[0::2], numbers[1::2]
    assert min(ys) >= 0 and max(ys) <= 180
    assert min(xs) > -360 and max(xs) < 720
    licence = (STATIC / "vendor" / "LICENSE-world-atlas.txt").read_text(encoding="utf-8")
    assert "Permission to use, copy, modify" in licence
    assert "Natural Earth" in (STATIC / "vendor" / "README.md").read_text(encoding="utf-8")


def test_the_app_serves_the_dashboard(server_url: str) -> None:
    with httpx.Client(base_url=server_url, timeout=10) as client:
        index = client.get("/")
        assert index.status_code == 200
        assert index.text == (STATIC / "index.html").read_text(encoding="utf-8")
        for name in ("js/app.js", "js/views/relations.js", "app.css", "vendor/world-land-110m.json"):
            response = client.get(f"/static/{name}")
            assert response.status_code == 200, name
            assert response.content == (STATIC / name).read_bytes()
        assert "javascript" in client.get("/static/js/app.js").headers["content-type"]
