"""Page furniture in plain text: what is marked, what stays content, and the offset invariant."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean import FURNITURE_KINDS, find_furniture
from communique.clean.furniture import caption_kind, line_kind

# An invented wire story, laid out the way a crawler dumps a news page.
PAGE = """Vilnius. Baltic ministers meet over border crossings

Foreign ministers of Lithuania, Latvia and Estonia met in Vilnius on Monday to discuss the closure of two border crossings, a spokesman for the Lithuanian ministry said.

The three ministers agreed to coordinate their response and asked Brussels for additional funds for border guards.

Gabrielius Landsbergis and Edgars Rinkevics in Vilnius PETRAS MALUKAS / AFP / POOL

Latvia's minister warned that traffic at the crossings could not resume until the dispute was settled.

Photo: Reuters

A senior official said the talks would continue in Riga next month.

Read more: Estonia recalls ambassador after cyber attack

Share this article
Facebook Twitter WhatsApp Email

About Marta Kowalczyk

Marta has covered the Baltic states for a decade. She lives in Tallinn with her two cats and a stubborn bicycle.

You may also like

Latvia opens new rail link to Tallinn

Estonia's parliament debates defence spending as the budget…

Leave a Reply

Your email address will not be published. Required fields are marked *

Name *

Email *

Post Comment
"""

SEED_FURNITURE = (
    "Antony Blinken and Sergey Lavrov RUSSIAN FOREIGN MINISTRY PRESS / PAP / EPA",
    "Blinken press conference after meeting with Lavrov Erik Simander / PAP / EPA",
    "About Banner Leon",
    "Check Also",
    "Leave a Reply",
    "Your email address will not be published.",
)


def marked(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_furniture(text)]


def is_furniture(text: str, fragment: str) -> bool:
    start = text.index(fragment)
    return any(f.start <= start and start + len(fragment) <= f.end for f in find_furniture(text))


def test_page_fixture_marks_every_piece_of_furniture() -> None:
    kinds = dict((text.split("\n")[0], kind) for kind, text in marked(PAGE))
    assert (
        kinds["Gabrielius Landsbergis and Edgars Rinkevics in Vilnius PETRAS MALUKAS / AFP / POOL"]
        == "caption"
    )
    assert kinds["Photo: Reuters"] == "credit"
    assert kinds["Read more: Estonia recalls ambassador after cyber attack"] == "teaser"
    assert kinds["Share this article"] == "share"
    assert kinds["About Marta Kowalczyk"] == "bio"
    assert kinds["You may also like"] == "teaser"
    assert kinds["Leave a Reply"] == "comments"


def test_regions_take_the_lines_under_their_heading() -> None:
    assert is_furniture(PAGE, "She lives in Tallinn with her two cats and a stubborn bicycle.")
    assert is_furniture(PAGE, "Latvia opens new rail link to Tallinn")
    assert is_furniture(PAGE, "Estonia's parliament debates defence spending as the budget…")
    assert is_furniture(PAGE, "Facebook Twitter WhatsApp Email")
    assert is_furniture(PAGE, "Required fields are marked *")
    assert is_furniture(PAGE, "Post Comment")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vilnius. Baltic ministers meet over border crossings",
        "The three ministers agreed to coordinate their response and asked Brussels for additional funds",
        "Latvia's minister warned that traffic at the crossings could not resume",
        "A senior official said the talks would continue in Riga next month.",
    ],
)
def test_article_sentences_stay_content(sentence: str) -> None:
    assert not is_furniture(PAGE, sentence)


def test_offsets_are_into_the_text_as_given() -> None:
    for text in (PAGE, "  \r\n" + PAGE.replace("\n", "\r\n"), "\n\n\n" + PAGE + "\n\n"):
        pieces = find_furniture(text)
        assert pieces, "expected furniture"
        previous_end = 0
        for piece in pieces:
            assert 0 <= piece.start < piece.end <= len(text)
            assert piece.start >= previous_end, "ranges must be sorted and disjoint"
            previous_end = piece.end
            fragment = text[piece.start : piece.end]
            assert fragment == fragment.strip(), "a range starts and ends on furniture, not whitespace"


def test_furniture_ends_before_the_next_content_paragraph() -> None:
    text = (
        "Related stories\n\nRebels seize second town in the north\n\n"
        "Rebel fighters entered the town at dawn, residents told…\n\n"
        "The army said on Tuesday that it had repelled an attack on the airport and that the road to the capital was open.\n"
    )
    assert marked(text) == [
        (
            "teaser",
            "Related stories\n\nRebels seize second town in the north\n\n"
            "Rebel fighters entered the town at dawn, residents told…",
        )
    ]


def test_a_subheading_under_a_teaser_heading_is_not_swallowed() -> None:
    text = (
        "Related\n\nTalks resume in Geneva\n\n"
        "Delegations from both countries returned to the table on Wednesday after a week of silence, diplomats said.\n"
    )
    assert not is_furniture(text, "Talks resume in Geneva")
    assert not is_furniture(text, "Delegations from both countries")


def test_seed_document(seed_text: str) -> None:
    for fragment in SEED_FURNITURE:
        assert is_furniture(seed_text, fragment), fragment
    bio = "Videogames entered his life in the late '80s"
    teaser = "Nona Gaprindashvili rose to fame in the 1960s"
    assert is_furniture(seed_text, bio)
    assert is_furniture(seed_text, teaser)
    for sentence in (
        "Stockholm. Meeting of the chiefs of diplomacy of the USA and Russia",
        "US Secretary of State Antony Blinken and Foreign Minister Sergei Lavrov held",
        "Blinken: Ukraine is not a threat",
        "The issue of Biden’s meeting with Putin",
        "The situation in Europe is very worrying, said Ryabkov.",
        "Moscow would face sanctions in the event of an invasion",
    ):
        assert not is_furniture(seed_text, sentence), sentence
    kinds = [f.kind for f in find_furniture(seed_text)]
    assert kinds == ["caption", "caption", "bio", "teaser", "comments"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: Reuters", "credit"),
        ("(AFP Photo)", "credit"),
        ("Getty Images", "credit"),
        ("REUTERS/Jane Mbeki", "credit"),
        ("Protesters gather outside parliament in Tbilisi on Sunday. REUTERS/Irakli Gedenidze", "caption"),
        ("The foreign minister arrives for talks in Ankara (AP Photo/Burhan Ozbilici)", "caption"),
        (
            "Soldiers patrol the border near Kharkiv. Photograph: Sergei Supinsky/AFP via Getty Images",
            "caption",
        ),
        ("Delegates at the summit in Nairobi Getty Images", "caption"),
        ("Ministers pose for a family photo in Oslo Lise Aserud / NTB / AFP", "caption"),
        ("Image caption Voters queue outside a polling station in Harare", "caption"),
        ("Credit: Ann Lindqvist", "credit"),
    ],
)
def test_caption_and_credit_lines(line: str, kind: str) -> None:
    assert caption_kind(line) == kind


SINGLE_LINES = [
    ("Share on Facebook", "share"),
    ("Follow us on Twitter and Instagram", "share"),
    ("We use cookies to improve your experience on our website.", "cookie"),
    ("Accept all cookies", "cookie"),
    ("Sign up for our daily newsletter", "newsletter"),
    ("Get the morning briefing delivered straight to your inbox.", "newsletter"),
    ("Already a subscriber? Log in", "subscription"),
    ("Advertisement", "ad"),
    ("Story continues below advertisement", "ad"),
    ("© 2031 Example Media Ltd. All rights reserved.", "copyright"),
    ("Tags: Lithuania, border, migration", "tags"),
    ("READ MORE: Ministers fail to agree on quotas", "teaser"),
    ("[Related: Parliament votes on the budget]", "teaser"),
    ("(Reporting by Anna Berg; Editing by Tom Walsh)", "credit"),
    ("Kofi Mensah contributed reporting from Accra.", "credit"),
    ("Write to Ola Nordmann at ola.nordmann@example.com", "contact"),
    ("Your email address will not be published.", "comments"),
    ("12 Comments", "comments"),
    ("Media playback is unsupported on your device", "media"),
    ("5 min read", "meta"),
    ("Image source, Getty Images", "credit"),
    ("Featured image: Anna Berg", "credit"),
    ("Posted in World | Tagged Moldova, elections", "tags"),
    ("The post Talks resume in Chisinau appeared first on Example Daily.", "notice"),
    (
        "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)",
        "notice",
    ),
    ("With inputs from agencies", "notice"),
    ("Disclaimer: The views expressed are the author's own.", "notice"),
    ("Continue reading", "teaser"),
    ("Gift this article", "share"),
]


@pytest.mark.parametrize(("line", "kind"), SINGLE_LINES)
def test_single_line_furniture(line: str, kind: str) -> None:
    assert line_kind(line) == kind


# Real news sentences that mention photos, reading, sharing, cookies or newsletters.
NOT_FURNITURE = [
    "The photo, taken by a Reuters photographer, shows soldiers crossing the river.",
    "A photo by AFP photographer Jan Novak showed the minister leaving the building.",
    "Read more than 300 pages of the report, the senator urged his colleagues.",
    "Related talks in Vienna ended without agreement on Friday.",
    "Ministers said they would share intelligence on the attacks with Kyiv.",
    "The regulator said websites that rely on tracking cookies must ask users for consent first.",
    "More than 2 million people subscribe to the newsletter, the company said.",
    "Reuters reported that the talks had stalled over the question of sanctions.",
    "The EPA said it would review the rules on power plant emissions.",
    "Leave a reply to the ultimatum by Friday, the envoy told the rebels.",
    "About 200 people were detained after the protest, police said.",
    "The agency AP said its correspondent had been expelled from the country.",
    "Comments by the foreign minister angered officials in Beijing.",
    "The president will travel to Geneva / Switzerland next week for talks.",
    "Copyright law was at the centre of the dispute between the two governments.",
    "Sergei Lavrov is a seasoned diplomat who has served as foreign minister since 2004.",
    "Follow-up talks are planned for next month in Ankara.",
    "Images broadcast by state television showed tanks on the streets of the capital.",
    "More-than-expected inflation pushed the central bank to raise rates again",
    "What's next",
    "Up next, the senator said, is a vote on the defence budget.",
    "Photographers were barred from the courtroom during the verdict.",
    "Sign up rates for the army reserve fell sharply last year, the ministry said.",
    "Subscribers in the region lost their mobile service for three days.",
    "The advertisement, paid for by the ruling party, was pulled from television.",
    "Share prices in Moscow fell 4% after the sanctions were announced.",
    "Tags on the missiles identified them as part of a shipment sent in 2019.",
    "Sources: two officials familiar with the talks said the deal was close.",
]


@pytest.mark.parametrize("sentence", NOT_FURNITURE)
def test_news_sentences_are_not_furniture(sentence: str) -> None:
    assert line_kind(sentence) is None
    text = f"Officials met on Monday.\n\n{sentence}\n\nThe meeting ended without a statement."
    assert find_furniture(text) == []


def test_about_heading_early_in_an_article_is_content() -> None:
    text = (
        "About Joe Biden\n\nHe served as vice-president for eight years before he was elected president.\n\n"
        + "The summit opened on Thursday with a session on energy security and trade. " * 12
    )
    assert find_furniture(text) == []


def test_bio_without_heading_at_the_end() -> None:
    text = (
        "The minister resigned on Friday after a week of protests, the government said.\n\n"
        "Opposition parties called for early elections.\n\n"
        "Jana Horvat is a freelance journalist based in Zagreb. Follow her on Twitter @janahorvat."
    )
    assert marked(text) == [
        ("bio", "Jana Horvat is a freelance journalist based in Zagreb. Follow her on Twitter @janahorvat.")
    ]


def test_empty_and_blank_text() -> None:
    assert find_furniture("") == []
    assert find_furniture("\n\n  \n") == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([*NOT_FURNITURE, *SEED_FURNITURE, "Share", "Check Also", "", "Photo: AP"]),
        max_size=12,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]),
)
def test_offsets_hold_on_any_arrangement(parts: list[str], separator: str) -> None:
    text = separator.join(parts)
    end = 0
    for piece in find_furniture(text):
        assert end <= piece.start < piece.end <= len(text)
        assert text[piece.start : piece.end].strip()
        end = piece.end


def test_every_reported_kind_is_documented() -> None:
    documented = {kind for kind, _ in FURNITURE_KINDS}
    texts = [PAGE, *(line for line, _ in SINGLE_LINES)]
    for text in texts:
        for piece in find_furniture(text):
            assert piece.kind in documented, piece.kind


def test_hard_wrapped_text_is_read_as_sentences() -> None:
    # wire copy wrapped at a fixed width: a line that only looks like a credit or an ad continues a sentence
    text = (
        "    The central bank issued 2.1 billion dlrs of certificates of\n"
        "deposit this week, bringing the total for the year to 86\n"
        "billion dlrs, a bank official told\n"
        "Reuters.\n"
        "    The minister said in a prepared speech for a conference on\n"
        "trade and investment in the region\n"
        "sponsored by the chamber of commerce.\n"
        "    The two officials, pictured by the commission\n"
        "as the key negotiators, declined to comment on the\n"
        "size of the next issue of certificates.\n"
    )
    assert find_furniture(text) == []
    # the same credit line as a paragraph of its own is furniture
    assert [f.kind for f in find_furniture("The talks ended on Friday.\n\nReuters\n")] == ["credit"]


def test_seed_document_with_one_paragraph_per_line(seed_text: str) -> None:
    # the same page dumped without blank lines: the bio is then the one line under its heading
    text = re.sub(r"\n+", "\n", seed_text)
    assert [f.kind for f in find_furniture(text)] == ["caption", "caption", "bio", "teaser", "comments"]
    assert is_furniture(text, "he's still trying.")
    assert not is_furniture(text, "The situation in Europe is very worrying, said Ryabkov.")
