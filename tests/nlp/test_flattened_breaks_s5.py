"""Scraped text that lost its line breaks keeps them as runs of spaces: a subheading or a photo
credit before such a run is its own sentence, not the start of the next one (session 5, H2).
Our own sentences."""

from __future__ import annotations

from communique.nlp.parse import paragraphs, parse_texts

FLATTENED = (
    "The port reopened on Monday, officials said.  Fishermen return to the harbour  "
    "Hundreds of boats sailed out at dawn. Photo by Ana Ruiz / For The Daily  "
    "\"We waited for months,\" one captain said."
)


def test_a_run_of_spaces_before_a_capital_or_quote_ends_a_chunk() -> None:
    chunks = paragraphs(FLATTENED)
    assert "".join(chunks) == FLATTENED
    assert [chunk.split()[0] for chunk in chunks] == ["The", "Fishermen", "Hundreds", '"We']


def test_single_spaces_and_a_double_space_before_lower_case_do_not_cut() -> None:
    text = "The minister  said the talks would resume in the spring."
    assert paragraphs(text) == [text]


def test_hard_wrapped_text_keeps_its_runs_of_spaces() -> None:
    text = (
        "The council met on Monday and decided that the new rules\n"
        "would apply from the first day.  Delegates from every member\n"
        "state attended the meeting and voted in favour of the plan.\n"
    )
    assert "".join(paragraphs(text)) == text
    assert all("Delegates" not in chunk or chunk.startswith("The") for chunk in paragraphs(text))


def test_a_subheading_glued_by_spaces_is_its_own_sentence(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = next(parse_texts(spacy_nlp, [FLATTENED]))
    assert doc.text == FLATTENED
    sentences = [s.text.strip() for s in doc.sents]
    assert "Fishermen return to the harbour" in sentences
    assert any(s.startswith("Hundreds of boats") for s in sentences)
