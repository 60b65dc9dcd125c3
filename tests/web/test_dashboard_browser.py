"""The dashboard in a real headless Chromium against the real API app over a real DuckDB store.

Every expectation is read from the API itself (what the page should show), never typed in: the
tests check that the page draws what the store holds. Screenshots go to test-output/web/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest


def wait_route(page: Any, prefix: str) -> None:
    """Wait until the router has rendered an address starting with `prefix` (e.g. "#/events")."""
    page.wait_for_function(
        "(prefix) => (document.getElementById('app').dataset.route || '').startsWith(prefix)", arg=prefix
    )


def open_route(page: Any, hash_route: str) -> None:
    page.goto("/" + hash_route)
    wait_route(page, hash_route)


def wait_ready(page: Any, selector: str) -> None:
    page.wait_for_selector(f"{selector}[data-state=ready]")


def data_of(page: Any, css: str, name: str) -> list[str]:
    """The `data-<name>` value of every element matching css, in document order."""
    return list(page.eval_on_selector_all(css, "(els, name) => els.map(e => e.dataset[name])", name))


def mark_texts(scope: Any, css: str) -> list[str]:
    return list(scope.locator(css).all_inner_texts())


def test_overview_draws_dyads_roots_and_map(page: Any, api_get: Any, screenshot_dir: Path) -> None:
    open_route(page, "#/overview")
    for section in ("#totals", "#top-dyads", "#roots-chart", "#locations-map"):
        wait_ready(page, section)
    health = api_get("/health")
    totals = page.locator("#totals").inner_text()
    assert (
        f"{health['events']} events from {health['mentions']} mentions in {health['documents']} documents"
        == totals
    )

    dyads = api_get("/dyads/top", limit=15, level="actor")["items"]
    rows = page.locator("#top-dyads tr.dyad-row")
    assert dyads and rows.count() == len(dyads)
    assert [rows.nth(0).get_attribute("data-a"), rows.nth(0).get_attribute("data-b")] == [
        dyads[0]["a"],
        dyads[0]["b"],
    ]

    roots = api_get("/stats/roots")["items"]
    bars = page.locator("#roots-chart g.bar-row")
    assert bars.count() == len(roots) > 0
    keys = data_of(page, "#roots-chart g.bar-row", "key")
    values = data_of(page, "#roots-chart g.bar-row", "value")
    drawn = {key: int(value) for key, value in zip(keys, values, strict=True)}
    assert drawn == {item["root"]: item["count"] for item in roots}
    widths = page.eval_on_selector_all("#roots-chart rect.bar", "els => els.map(e => e.getBBox().width)")
    assert all(width > 0 for width in widths)

    places = api_get("/locations")["items"]
    circles = page.locator("#locations-map circle.place")
    assert circles.count() == len(places) > 0
    # Equirectangular: x = lon + 180, y = 90 - lat in the 360 x 180 viewBox.
    for place in places:
        circle = page.locator(f'#locations-map circle.place[data-name="{place["name"]}"]')
        assert float(circle.get_attribute("cx")) == pytest.approx(place["lon"] + 180, abs=0.01)
        assert float(circle.get_attribute("cy")) == pytest.approx(90 - place["lat"], abs=0.01)
    land = page.locator("#locations-map path.land").get_attribute("d") or ""
    assert land.count("M") > 100, "the vendored world outline was not drawn"
    page.screenshot(path=str(screenshot_dir / "overview.png"), full_page=True)

    page.click('#dyad-level button[data-level="country"]')
    page.wait_for_selector("#top-dyads tr.dyad-row")
    wait_ready(page, "#top-dyads")
    countries = api_get("/dyads/top", limit=15, level="country")["items"]
    first = page.locator("#top-dyads tr.dyad-row").nth(0)
    assert [first.get_attribute("data-a"), first.get_attribute("data-b")] == [
        countries[0]["a"],
        countries[0]["b"],
    ]


def test_relations_chart_period_events_and_evidence(page: Any, api_get: Any, screenshot_dir: Path) -> None:
    open_route(page, "#/relations")
    page.wait_for_selector("#dyad-chips[data-state=ready]")
    page.click('#dyad-chips button.chip[data-a="USAGOV"][data-b="RUSGOV"]')
    wait_route(page, "#/relations?a=USAGOV")
    wait_ready(page, "#series-chart")

    points = api_get("/dyads/USAGOV/RUSGOV/series", both="true", interval="day")["points"]
    total = sum(point["count"] for point in points)
    assert total > 0
    stacks = [(point["period"], q) for point in points for q in "1234" if point["quad"][q] > 0]
    bars = page.locator("#series-chart rect.bar")
    # The chart is not empty when data exists: one stacked bar segment per (period, quad class).
    assert bars.count() == len(stacks) > 0
    assert sum(int(count) for count in data_of(page, "#series-chart rect.bar", "count")) == total
    heights = page.eval_on_selector_all("#series-chart rect.bar", "els => els.map(e => e.getBBox().height)")
    assert all(height > 0 for height in heights)
    with_mean = [p for p in points if p["count"] > 0 and p["goldstein_mean"] is not None]
    assert page.locator("#series-chart circle.goldstein-dot").count() == len(with_mean)
    assert page.locator("#series-chart g.period").count() == len(points)

    busiest = max(points, key=lambda point: point["count"])
    page.click(f'#series-chart g.period[data-period="{busiest["period"]}"]')
    wait_ready(page, "#period-events")
    assert "selected" in (
        page.locator(f'g.period[data-period="{busiest["period"]}"]').get_attribute("class") or ""
    )
    rows = page.locator("#period-events tr.event-row")
    assert rows.count() == busiest["count"]
    page.screenshot(path=str(screenshot_dir / "relations.png"), full_page=True)

    event_id = rows.nth(0).get_attribute("data-event-id")
    rows.nth(0).locator("td.evidence-cell").click()
    wait_route(page, f"#/event/{event_id}")
    wait_ready(page, "#event-view")
    event = api_get(f"/events/{event_id}")
    mentions = page.locator("#evidence li.mention")
    assert mentions.count() == len(event["mentions"]) > 0
    for i, mention in enumerate(event["mentions"]):
        item = mentions.nth(i)
        assert mark_texts(item, "mark.role-source") == [mention["source"]["text"]]
        assert mark_texts(item, "mark.role-verb") == [mention["verb"]["text"]]
        assert mark_texts(item, "mark.role-target") == [mention["target"]["text"]]
        assert item.locator("blockquote.sentence").inner_text() == mention["sentence"]["text"]
    page.screenshot(path=str(screenshot_dir / "event.png"), full_page=True)


def test_relations_form_with_suggestions_direction_and_weeks(page: Any, api_get: Any) -> None:
    open_route(page, "#/relations")
    page.locator("#actor-a").press_sequentially("RUSG")
    page.wait_for_selector('#actor-suggestions option[value="RUSGOV"]', state="attached")
    suggested = [a["code"] for a in api_get("/actors", q="RUSG", limit=20)["items"]]
    assert page.eval_on_selector_all("#actor-suggestions option", "os => os.map(o => o.value)") == suggested
    page.fill("#actor-a", "RUSGOV")
    page.fill("#actor-b", "USA")
    page.select_option("#direction", "ab")
    page.select_option("#interval", "week")
    page.click("#show-series")
    wait_route(page, "#/relations?a=RUSGOV&b=USA")
    wait_ready(page, "#series-chart")
    points = api_get("/dyads/RUSGOV/USA/series", interval="week")["points"]
    assert page.locator("#series-chart g.period").count() == len(points)
    assert data_of(page, "#series-chart g.period", "period") == [p["period"] for p in points]
    assert (
        sum(int(n) for n in data_of(page, "#series-chart rect.bar", "count"))
        == sum(p["count"] for p in points)
        > 0
    )
    assert page.locator("#series-title").inner_text() == "RUSGOV → USA, per week"

    # A week's events: the seven days from the period's Monday, one direction only.
    busiest = max(points, key=lambda point: point["count"])
    page.click(f'#series-chart g.period[data-period="{busiest["period"]}"]')
    wait_ready(page, "#period-events")
    shown = data_of(page, "#period-events tr.event-row", "eventId")
    assert len(shown) == busiest["count"]
    listed = api_get("/events", source="RUSGOV", target="USA", limit=500)["items"]
    assert set(shown) <= {item["event_id"] for item in listed}


def test_event_browser_pages_through_every_event(page: Any, api_get: Any) -> None:
    everything = api_get("/events", limit=500, sort="date")
    assert everything["next_cursor"] is None
    expected = [item["event_id"] for item in everything["items"]]
    assert len(expected) > 4

    open_route(page, "#/events?limit=4&sort=date")
    seen: list[str] = []
    for page_number in range(1, 10):
        wait_ready(page, "#event-results")
        seen += data_of(page, "#event-results tr.event-row", "eventId")
        if page.locator("#next-page").is_disabled():
            break
        page.click("#next-page")
        wait_route(page, "#/events?")
        page.wait_for_function(
            "(n) => (document.getElementById('app').dataset.route || '').includes('page=' + n)",
            arg=page_number + 1,
        )
    assert seen == expected


def test_event_browser_filters_by_root(page: Any, api_get: Any, screenshot_dir: Path) -> None:
    open_route(page, "#/events")
    wait_ready(page, "#event-results")
    page.select_option("#filter-root", "19")
    page.click("#apply-filters")
    wait_route(page, "#/events?")
    page.wait_for_function("() => (document.getElementById('app').dataset.route || '').includes('root=19')")
    wait_ready(page, "#event-results")
    expected = [item["event_id"] for item in api_get("/events", root="19")["items"]]
    shown = data_of(page, "#event-results tr.event-row", "eventId")
    assert shown == expected and shown
    open_route(page, "#/events")
    wait_ready(page, "#event-results")
    page.screenshot(path=str(screenshot_dir / "events.png"), full_page=True)


def test_deduplicated_event_evidence_and_document_marks(
    page: Any, api_get: Any, screenshot_dir: Path
) -> None:
    listed = api_get("/events", code="044")["items"]
    merged = [item for item in listed if item["num_articles"] > 1]
    assert merged, "the corpus reports the Geneva meeting in two articles: the store should merge them"
    event_id = merged[0]["event_id"]

    open_route(page, "#/events?code=044")
    wait_ready(page, "#event-results")
    page.locator(f'#event-results tr.event-row[data-event-id="{event_id}"] td.evidence-cell').click()
    wait_route(page, f"#/event/{event_id}")
    wait_ready(page, "#event-view")
    event = api_get(f"/events/{event_id}")
    assert page.locator("#evidence li.mention").count() == len(event["mentions"]) == merged[0]["num_mentions"]

    # The document whose text starts with an emoji: offsets are code points, marks must still fit.
    doc_id = "briefing-0302.txt"
    page.locator(f'#evidence li.mention[data-doc-id="{doc_id}"] a.doc-link').click()
    wait_route(page, "#/document/")
    wait_ready(page, "#document-view")
    document = api_get(f"/documents/{quote(doc_id)}")
    assert document["text"].startswith("\N{NEWSPAPER}")
    assert page.locator("#doc-title").inner_text() == document["title"]
    assert page.locator("#doc-text").inner_text() == document["text"]
    assert document["events"]
    for doc_event in document["events"]:
        for role, data_name in (("verb", "verb-of"), ("source", "source-of"), ("target", "target-of")):
            marks = page.locator(f'#doc-text mark[data-{data_name}~="{doc_event["event_id"]}"]')
            assert "".join(marks.all_inner_texts()) == doc_event[role]["text"], (doc_event["code"], role)
    focus = "".join(page.locator("#doc-text mark.focus").all_inner_texts())
    assert focus in {mention["sentence"]["text"] for mention in event["mentions"]}
    page.screenshot(path=str(screenshot_dir / "document.png"), full_page=True)

    # A mark opens its event.
    other = next(e for e in document["events"] if e["event_id"] != event_id)
    page.locator(f'#doc-text mark[data-verb-of~="{other["event_id"]}"]').first.click()
    wait_route(page, f"#/event/{other['event_id']}")
    wait_ready(page, "#event-view")


def test_document_id_with_a_slash_opens(page: Any, api_get: Any) -> None:
    doc_id = "wire/sanctions-0303.txt"
    document = api_get(f"/documents/{doc_id}")
    open_route(page, f"#/document/{doc_id}")
    wait_ready(page, "#document-view")
    assert page.locator("#doc-title").inner_text() == document["title"]
    assert page.locator("table.doc-events tbody tr").count() == len(document["events"])


def test_api_errors_are_shown_in_their_shape(page: Any, console: Any) -> None:
    console.allow("status of 404")
    open_route(page, "#/event/no-such-event")
    page.wait_for_selector("#event-view[data-state=error]")
    text = page.locator("#event-view .error-box").inner_text()
    assert "404 not_found" in text and "no-such-event" in text


def test_marking_counts_code_points_and_splits_overlaps(page: Any) -> None:
    open_route(page, "#/overview")
    result = page.evaluate(
        """async () => {
            const { markText } = await import('/static/js/highlight.js');
            const box = document.createElement('div');
            // The emoji is one code point (Python's offsets) but two UTF-16 units.
            box.append(markText('\\u{1F4F0} ab cd ef', [
                { start: 2, end: 7, cls: 'outer', events: ['e1'] },
                { start: 5, end: 10, cls: 'inner', data: { verbOf: 'e2' } },
            ]));
            return [...box.querySelectorAll('mark')].map(m => [m.textContent, m.className, m.dataset.events || '', m.dataset.verbOf || '']);
        }"""
    )
    assert result == [
        ["ab ", "outer", "e1", ""],
        ["cd", "outer inner", "e1", "e2"],
        [" ef", "inner", "", "e2"],
    ]


def test_period_ranges_for_each_interval(page: Any) -> None:
    open_route(page, "#/overview")
    result = page.evaluate(
        """async () => {
            const { periodRange, niceTicks } = await import('/static/js/charts.js');
            return [
                periodRange('2026-03-02', 'day'),
                periodRange('2026-03-02', 'week'),
                periodRange('2024-02-01', 'month'),
                niceTicks(7, 5),
            ];
        }"""
    )
    assert result == [
        {"from": "2026-03-02", "to": "2026-03-02"},
        {"from": "2026-03-02", "to": "2026-03-08"},
        {"from": "2024-02-01", "to": "2024-02-29"},
        [0, 2, 4, 6, 8],
    ]
