"""Paragraph-wise parsing: no sentence crosses a paragraph, soft wraps of newswire do not cut one."""

from __future__ import annotations

import pytest

from communique.nlp.parse import paragraphs, parse_texts

WRAPPED = (
    "Ministers from the two countries agreed on Tuesday to\n"
    "reopen talks on the disputed border, officials in the capital\n"
    "said, adding that the foreign ministers would meet in\n"
    "Vienna next month to prepare a summit.\n"
    "    The opposition criticised the decision and said it\n"
    "would call for a vote in parliament.\n"
)
WEB = (
    "Border talks to reopen\n"
    "Ministers from the two countries agreed on Tuesday to reopen talks on the disputed border, "
    "officials in the capital said, adding that the foreign ministers would meet in Vienna next month.\n"
    "Read more\n"
)


def test_chunks_concatenate_to_the_text() -> None:
    for text in (WRAPPED, WEB, "", "one line", "a\n\n\nb\n"):
        assert "".join(paragraphs(text)) == text


def test_soft_wraps_are_joined_and_indented_lines_start_paragraphs() -> None:
    chunks = paragraphs(WRAPPED)
    assert len(chunks) == 2
    assert chunks[0].startswith("Ministers") and chunks[0].endswith("prepare a summit.\n")
    assert chunks[1].startswith("    The opposition")


def test_web_text_keeps_one_paragraph_per_line() -> None:
    assert paragraphs(WEB) == WEB.splitlines(keepends=True)


def test_blank_line_and_sentence_end_stop_a_wrapped_paragraph() -> None:
    text = (
        "The council met on Monday and decided that the new rules\n"
        "would apply from the first day of the coming month.\n"
        "Delegates from every member state attended the meeting and\n"
        "voted in favour of the proposal after a long debate.\n\n"
        "Observers expected further disagreement between the members\n"
    )
    chunks = paragraphs(text)
    assert [chunk.split()[0] for chunk in chunks] == ["The", "Delegates", "Observers"]


@pytest.mark.usefixtures("spacy_nlp")
def test_a_wrapped_sentence_is_parsed_as_one_sentence(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = next(parse_texts(spacy_nlp, [WRAPPED]))
    assert doc.text == WRAPPED
    first = next(iter(doc.sents))
    assert "Vienna" in first.text and first.text.startswith("Ministers")
