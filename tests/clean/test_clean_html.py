"""HTML main-text extraction: text with paragraph breaks, title and date from metadata, no escaping errors."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.clean import ExtractedPage, extract_html, find_furniture
from communique.errors import InputError

PARAGRAPHS = (
    "The foreign ministers of Chile and Argentina met in Santiago on Tuesday to settle a dispute over "
    "fishing rights in the Beagle Channel, officials from both governments said.",
    "Chile's minister told reporters that the two sides had agreed to set up a joint commission, which "
    "would report to both presidents before the end of the year.",
    "Argentina's delegation said it would withdraw two patrol boats from the channel as a gesture of "
    "goodwill, but warned that fishing quotas remained unresolved.",
    "The next round of talks is expected to take place in Buenos Aires in the autumn.",
)

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Chile and Argentina agree fishing commission | Example News</title>
  <meta property="og:title" content="Chile and Argentina agree fishing commission">
  <meta property="article:published_time" content="2021-05-04T09:30:00Z">
  <meta name="author" content="Lucia Ferreyra">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>Chile and Argentina agree fishing commission</h1>
      <p class="byline">By Lucia Ferreyra</p>
      <p>{PARAGRAPHS[0]}</p>
      <figure><img src="/ministers.jpg" alt="ministers">
        <figcaption>The two ministers in Santiago. Photo: Reuters</figcaption></figure>
      <p>{PARAGRAPHS[1]}</p>
      <p>{PARAGRAPHS[2]}</p>
      <p>{PARAGRAPHS[3]}</p>
      <div class="share">Share this article <a href="#">Facebook</a> <a href="#">Twitter</a></div>
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Peru elects new congress</a></li>
      <li><a href="/b">Bolivia signs gas deal</a></li></ul></aside>
  </main>
  <footer><p>We use cookies to improve your experience on our website.</p><p>© 2021 Example News</p></footer>
</body>
</html>"""


def test_main_text_title_and_date() -> None:
    page = extract_html(PAGE, url="https://news.example.com/world/chile-argentina")
    assert isinstance(page, ExtractedPage)
    for paragraph in PARAGRAPHS:
        assert paragraph in page.text
    assert page.title == "Chile and Argentina agree fishing commission"
    assert page.date == "2021-05-04"
    assert page.metadata.get("author") == "Lucia Ferreyra"
    assert page.metadata.get("extractor") == "trafilatura"
    for boilerplate in ("Sport", "We use cookies", "Bolivia signs gas deal"):
        assert boilerplate not in page.text


def test_paragraphs_are_separated_by_a_blank_line() -> None:
    text = extract_html(PAGE).text
    assert f"{PARAGRAPHS[2]}\n\n{PARAGRAPHS[3]}" in text
    assert "\n\n\n" not in text
    assert text == text.strip()


LEFTOVERS = (
    "The two ministers in Santiago before the talks Ana Ruiz / EFE / POOL",
    "Read more: Peru elects new congress",
)


def test_furniture_left_by_extraction_is_found() -> None:
    # captions and teasers set as ordinary paragraphs survive extraction; the detector marks them
    body = "".join(
        f"<p>{text}</p>"
        for text in (PARAGRAPHS[0], LEFTOVERS[0], PARAGRAPHS[1], PARAGRAPHS[2], LEFTOVERS[1], PARAGRAPHS[3])
    )
    text = extract_html(f"<html><body><article>{body}</article></body></html>").text
    pieces = find_furniture(text)
    assert [(f.kind, text[f.start : f.end]) for f in pieces] == [
        ("caption", LEFTOVERS[0]),
        ("teaser", LEFTOVERS[1]),
    ]
    for paragraph in PARAGRAPHS:
        assert paragraph in text


def test_bytes_use_the_page_charset() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Kraków</title></head><body><article>'
        + "".join(f"<p>{p} The mayor of Kraków spoke in Zürich.</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    ).encode("cp1252")
    page = extract_html(html)
    assert "The mayor of Kraków spoke in Zürich." in page.text
    assert "\ufffd" not in page.text


def test_fragment_without_html_element() -> None:
    page = extract_html(f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>")
    assert PARAGRAPHS[0] in page.text and PARAGRAPHS[1] in page.text


def test_broken_markup() -> None:
    html = "<html><body><div><p>" + "</p><p>".join(PARAGRAPHS) + "<table><tr><td>unclosed <b>bold <i>both"
    page = extract_html(html)
    assert PARAGRAPHS[0] in page.text


def test_deeply_nested_page_still_yields_its_text() -> None:
    depth = 3000
    html = "<html><body>" + "<div>" * depth + f"<p>{PARAGRAPHS[0]}</p>" + "</div>" * depth + "</body></html>"
    assert PARAGRAPHS[0] in extract_html(html).text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "empty HTML page"),
        ("   \n ", "empty HTML page"),
        (b"", "empty HTML page"),
        ("<html></html>", "no main text found in the HTML page"),
        (
            "<html><head><script>var a = 1;</script><style>p {}</style></head><body></body></html>",
            "no main text found in the HTML page",
        ),
    ],
)
def test_nothing_to_extract_is_an_input_error(html: str | bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        extract_html(html)
    assert str(caught.value) == reason
    assert "\n" not in str(caught.value)


def test_oversized_page_is_refused_with_its_size() -> None:
    html = b"<html><body><p>" + b"a " * 10_000_001 + b"</p></body></html>"
    with pytest.raises(InputError, match="too large"):
        extract_html(html)


def test_extracted_page_is_frozen() -> None:
    page = extract_html(PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.text = "changed"  # type: ignore[misc]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=400),
        st.binary(max_size=400),
        st.lists(
            st.sampled_from(
                [
                    "<div>",
                    "</div>",
                    "<p>",
                    "</p>",
                    "<script>",
                    "<!--",
                    "-->",
                    "&amp;",
                    "<br/>",
                    "<table>",
                    "<td>",
                    "Ministers met in Oslo on Monday.",
                    "\x00",
                    "<html>",
                    "]]>",
                ]
            ),
            max_size=60,
        ).map("".join),
    )
)
def test_only_input_errors_escape(html: str | bytes) -> None:
    try:
        page = extract_html(html)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert page.text.strip()
        assert "\x00" not in page.text


def _latin1_page(meta: str = "") -> bytes:
    body = "".join(f"<p>{p} Delegates met in Zürich.</p>" for p in PARAGRAPHS)
    return (
        f"<html><head>{meta}<title>Talks</title></head><body><article>{body}</article></body></html>".encode(
            "latin-1"
        )
    )


def test_transport_encoding_decodes_undeclared_bytes() -> None:
    page = extract_html(_latin1_page(), encoding="ISO-8859-1")
    assert "Delegates met in Zürich." in page.text
    assert page.metadata["encoding"] == "cp1252"


def test_undeclared_legacy_bytes_fall_back_to_windows_1252() -> None:
    assert "Delegates met in Zürich." in extract_html(_latin1_page()).text


def test_mislabelled_utf8_is_read_as_utf8() -> None:
    html = _latin1_page('<meta charset="iso-8859-1">').decode("latin-1").encode("utf-8")
    page = extract_html(html)
    assert "Delegates met in Zürich." in page.text
    assert page.metadata["encoding"] == "utf-8"


def test_invalid_utf8_is_replaced_and_counted() -> None:
    # declared UTF-8, but each paragraph's "ü" is a lone Latin-1 byte
    page = extract_html(_latin1_page('<meta charset="utf-8">'))
    assert page.metadata["decoding_replacements"] == len(PARAGRAPHS)
    assert "Z\ufffdrich" in page.text


def test_string_with_xml_declaration() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE
    assert PARAGRAPHS[0] in extract_html(html).text


def test_warc_response_payload() -> None:
    import io

    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=iso-8859-1")], protocol="HTTP/1.1"
    )
    url = "https://news.example.org/2021/06/01/talks.html"
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(_latin1_page()), http_headers=headers)
    )
    buffer.seek(0)
    pages = []
    for record in ArchiveIterator(buffer):
        if record.rec_type == "response":
            content_type = record.http_headers.get_header("Content-Type") or ""
            charset = content_type.partition("charset=")[2] or None
            pages.append(extract_html(record.content_stream().read(), url=url, encoding=charset))
    assert len(pages) == 1
    assert "Delegates met in Zürich." in pages[0].text
    assert pages[0].date == "2021-06-01"
    assert pages[0].metadata["url"] == url
