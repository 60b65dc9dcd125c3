"""The line patterns that identify page furniture, grouped by kind.

Kept apart from the detector (`furniture.py`) so the vocabulary can grow without touching the
logic. Every pattern is anchored to a whole line or to a line's end: furniture is a line of its
own on a page (a caption under a photo, a share bar, a comment form), while a news sentence that
merely mentions a photo, a newsletter or cookies runs on with ordinary words and punctuation.
All objects here are immutable (compiled patterns, frozensets, tuples).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _any_of(*alternatives: str, before: str = "", after: str = "") -> re.Pattern[str]:
    """`before(?:a|b|...)after`, case-insensitive.

    Every pattern below is a list of alternatives: written one to a source line, each can be read,
    reviewed and removed on its own, and the grouping around them cannot be mistyped.
    """
    return re.compile(f"{before}(?:{'|'.join(alternatives)}){after}", _I)


def _whole_line(*alternatives: str, tail: str = "") -> re.Pattern[str]:
    """A line that is one of `alternatives`, then `tail`, from its start to its end."""
    return _any_of(*alternatives, before="^", after=f"{tail}$")


# News and photo agencies and picture libraries, as they appear in credit lines.
# fmt: off
AGENCIES = frozenset(
    name.lower()
    for name in (
        "AFP", "AP", "Reuters", "EPA", "EFE", "EPA-EFE", "PAP", "ANP", "ANSA", "DPA", "Xinhua", "TASS",
        "ITAR-TASS", "Sputnik", "RIA Novosti", "Anadolu", "Anadolu Agency", "Getty", "Getty Images",
        "Shutterstock", "Alamy", "iStock", "iStockphoto", "Corbis", "Bloomberg", "SIPA", "SIPA USA",
        "ZUMA", "ZUMA Wire", "ZUMA Press", "NurPhoto", "SOPA Images", "LightRocket", "Pool", "Handout",
        "AAP", "PA", "PA Images", "PA Wire", "PA Media", "Press Association", "Kyodo", "Yonhap", "KCNA",
        "IANS", "PTI", "ANI", "UPI", "Abaca", "Imago", "Belga", "Keystone", "Scanpix", "NTB", "Ritzau",
        "WireImage", "FilmMagic", "Redux", "Polaris", "Associated Press", "The Associated Press",
        "AFP Photo", "AP Photo", "Reuters Photo", "EPA Photo", "File", "File Photo", "Courtesy",
        "Screenshot", "Screengrab", "Wikimedia Commons", "Wikimedia", "Flickr", "Bloomberg News",
        "NYT", "The New York Times", "The Washington Post", "CNN", "BBC", "Sky News", "Al Jazeera",
        "Agencja Gazeta", "East News", "Xinhua News Agency", "Newscom", "Rex", "Rex Features",
        "Rex/Shutterstock", "Kremlin Press Service", "Kremlin Pool", "Sputnik Pool", "Pool Photo",
        "via Getty Images", "AFP via Getty Images", "Getty Images for", "Photo", "Photos",
    )
)

# Lower-case words that may sit inside a photographer's or agency's name in a credit.
NAME_PARTICLES = frozenset(
    {"via", "and", "for", "of", "the", "de", "da", "do", "dos", "van", "von", "der", "den", "al", "el",
     "bin", "le", "la", "du", "di", "del", "y", "e", "photo", "photos", "images", "file", "pool", "press",
     "handout", "news", "agency", "service", "&"}
)
# fmt: on

# "... / PAP / EPA", "REUTERS/Kevin Lamarque", "Alex Wong/Getty Images": a slash chain ending a line.
SLASH_CHAIN = re.compile(r"\s*/\s*")

# "Photo: Reuters", "Photograph: Andrew Harnik/AP", "(Photo by Mandel Ngan / AFP)", "Credit: Erin Schaff".
CREDIT_MARKER = re.compile(
    r"(?:^|[\s(\[|–—-])(?:photo(?:graph)?s?|pictures?|images?|fotos?|illustrations?|graphics?|videos?|"
    r"footage|(?:photo|image|picture) (?:credit|source|copyright)|credits?|pictured)"
    r"\s*(?::|by\b|courtesy(?: of)?\b|credit:|©)\s*(?P<name>[^:]{1,90}?)\s*[)\]]?\s*$",
    _I,
)

# A line that begins with a credit word: "Photo: ...", "Image copyright Getty Images",
# "Image caption Protesters...", "Media caption ...", "Pictured: ...".
CAPTION_START = _any_of(
    r"(?:image|media|video|photo|picture) (?:caption|copyright|source|credit)\b",
    r"pictured\s*:",
    r"(?:photo|image|picture|foto|caption|illustration)s?\s*:",
    r"(?:featured|top|main|header|lead|cover|hero) (?:image|photo|picture)\s*(?::|by\b|via\b|credit\b)",
    r"(?:enlarge|expand|toggle|hide) (?:this )?(?:image|caption|photo)\b.{0,20}$",
    before=r"^",
)

# Credits of picture libraries that only ever appear under photos; they may end a caption line
# without a slash ("Protesters gather in Hong Kong Getty Images").
PHOTO_LIBRARY_END = _any_of(
    r"getty images", r"shutterstock", r"alamy(?: stock photo)?", r"istock(?:photo)?", r"afp photo",
    r"ap photo", r"reuters photo", r"epa-efe", r"nurphoto", r"sopa images", r"zuma (?:wire|press)",
    r"wireimage", r"filmmagic", r"pool photo", r"file photo",
    r"(?:afp|reuters|ap|epa|pap|dpa|anp|ansa)\s*/\s*[a-z .'-]{0,40}",
    after=r"\s*[)\]]?\s*$",
)

# A parenthesis closing a caption: "(AFP Photo)", "(AP Photo/Evan Vucci, File)", "(Getty Images)".
PAREN_CREDIT = re.compile(
    r"[(\[](?P<inner>[^()\[\]]{0,100}\b(?:photo|photograph|image|picture|getty|file|handout|pool|courtesy|"
    r"screenshot|screengrab|credit)\b[^()\[\]]{0,60})[)\]]\s*$",
    _I,
)

# Single lines of a share bar: "Share", "Share this article", "Facebook Twitter WhatsApp Email".
_SHARE_WORDS = (
    r"order reprints|reprints|share(?: this(?: article| story| page| post| on)?| on| via| article)?|tweet|print(?: this)?|e-?mail|"
    r"copy(?: the)? (?:link|url)|copied|whats ?app|facebook|twitter|x|linkedin|pinterest|reddit|telegram|"
    r"messenger|flipboard|sms|tumblr|vk|google\+?|pocket|mail|comments?|save|bookmark|link|"
    r"(?:gift|save) (?:this )?article|print friendly|pdf|like loading\.*|like this"
)
SHARE_LINE = re.compile(rf"^(?:{_SHARE_WORDS})(?:\s*[:|/,·•-]?\s*(?:{_SHARE_WORDS}))*\s*:?$", _I)
SHARE_PHRASE = _whole_line(
    r"click to (?:share|print|email)\b.*",
    r".*\(opens in (?:a )?new window\)\s*$",
    r"(?:follow|like) (?:\S+ ){1,6}on (?:twitter|facebook|instagram|linkedin|telegram|x|youtube|"
    r"tiktok|threads|bluesky|google news)\b.{0,100}",
    r".{0,300}\bclick to tweet",
    r"(?:like|enjoy(?:ed)?) this (?:story|article)\?.{0,60}",
    r"share (?:it|this) with (?:a friend|your friends)\b.{0,40}",
    r"(?:order )?reprints", r"print (?:this )?article", r"follow @\w+.{0,60}",
    r"share (?:this|the) (?:article|story|post|page)\b.{0,60}",
    r"(?:sharing|share) is caring.{0,40}",
)

# Cookie banners: cookies together with the site speaking to the reader about them. A news
# sentence about cookies (regulation, tracking) has no such first/second-person frame.
COOKIE_LINE = _any_of(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|our partners|this page)\s+(?:and our partners\s+)?"
    r"(?:use|uses|store|stores|may use|are using)\b[^.]{0,40}\bcookies?\b",
    r"\b(?:accept|allow|reject|decline)(?: all)? cookies\b",
    r"\bcookies?\b[^.]{0,80}\b"
    r"(?:(?:improve|enhance|personali[sz]e) (?:your|the user) (?:experience|browsing)|"
    r"you (?:agree|consent|accept))",
    r"\b(?:our|read (?:our|the)|see (?:our|the)|view (?:our|the)) cookie (?:policy|notice|statement)\b",
    r"\b(?:manage|change|update) (?:your )?cookie (?:settings|preferences|choices)\b",
    r"^cookie (?:settings|preferences|policy|consent|notice)$",
    r"\bby (?:continuing|using)\b[^.]{0,40}\b(?:this|our) (?:site|website)\b"
    r"[^.]{0,60}\b(?:agree|consent|accept)",
)

NEWSLETTER_LINE = _any_of(
    r"^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletters?|inbox|briefing|digest|youtube|podcast)\b",
    r"^(?:sign up|subscribe|register)\b.{0,40}\b(?:our|free|daily|weekly)\b"
    r".{0,30}\b(?:e-?mails?|alerts?|updates)\b",
    r"\b(?:sign up|subscribe) (?:for|to) (?:our|the free|[\w.]+[’']s)\b[^.!?]{0,40}\bnewsletters?\b",
    r"\b(?:get|delivered|sent|straight|right|directly)\b[^.]{0,60}\b(?:in|to|into) your inbox\b",
    r"^keep an eye on your inbox\b",
    r"\b(?:our|free)\b[^.]{0,30}\bnewsletters?\b[^.]{0,60}\b(?:sign up|subscribe)\b",
    r"\bnewsletters?\b[^.]{0,30}\b(?:sign up|subscribe now)\b",
    r"\bdelivered (?:straight |directly |right )?to your inbox\b",
    r"^enter your e-?mail(?: address)?\b",
    r"^thank(?:s| you) for (?:signing up|subscribing|registering)\b",
    r"\b(?:you(?:'ve| have) been|you are now|you're now) (?:subscribed|signed up)\b",
    r"^get (?:the|our) [\w ]{0,40}newsletter\b",
    r"^by (?:signing up|subscribing|clicking)\b.{0,80}\b(?:agree|privacy|terms)\b",
)

SUBSCRIPTION_LINE = _whole_line(
    r"subscribe(?: now| today| here)?",
    r"already (?:a subscriber|a member|have an account|registered)\b.{0,60}",
    r"log ?in", r"sign ?in", r"sign ?up",
    r"register(?: now| for free)?",
    r"create (?:a )?(?:free )?account",
    r"become an? (?:member|subscriber|supporter|patron)\b.{0,80}",
    r"support (?:our|independent|quality) journalism\b.{0,120}",
    r"(?:this|the) (?:article|content|story|piece) is (?:only )?(?:available )?(?:exclusively )?"
    r"(?:for|to) (?:subscribers|members|premium)\b.{0,80}",
    r"subscribe (?:to|for) (?:continue|read|unlock|unlimited|full access|access)\b.{0,80}",
    r"(?:to )?continue reading,?.{0,40}\b(?:subscribe|sign in|log in|register)\b.{0,60}",
    r"you (?:have|'ve) (?:reached|read|used) .{0,40}\b(?:free )?(?:articles?|stories|limit)\b.{0,80}",
    r"get (?:unlimited|full|digital) access\b.{0,80}",
    r"(?:start|try) (?:your )?free trial\b.{0,60}",
    r"(?:unlock|read) (?:this|the full) (?:article|story)\b.{0,60}",
    r"if you (?:enjoyed|liked|value|appreciate)\b.{0,200}"
    r"\b(?:join|subscribe|support|donate|membership|become)\b.{0,120}",
)

AD_LINE = _whole_line(
    r"advertisement", r"advertising", r"advert",
    r"sponsored(?: content| post| by .{1,40})?",
    r"ads? by \w+", r"ad",
    r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?",
    r"continue reading (?:the main story|below|after (?:the )?(?:ad|advertisement))",
    r"skip (?:advertisement|ad)",
    r"scroll (?:down )?to continue(?: with content| reading)?",
    r"promoted(?: content| stories| links)?",
    r"paid (?:content|post|partnership)",
    r"partner content",
    r"(?:content|links?) (?:by|from) (?:taboola|outbrain|revcontent)",
    r"\w+ by (?:taboola|outbrain)",
    r"click here\b.{0,80}",
    r".{0,80}\bby clicking here",
    r"if you (?:buy|purchase|click) (?:something|a product|anything|on)\b.{0,80}"
    r"\b(?:commission|share of the sale|earn|compensat\w+)\b.{0,80}",
    tail=r"\W*",
)

COPYRIGHT_LINE = _any_of(
    r"^(?:©|\(c\)\s*(?:\d{4}|[A-Z])|copyright\s*(?:©|\(c\)|\d{4}))",
    r"\ball rights reserved\b",
    r"\bmay not be (?:published|reproduced),? broadcast,? rewritten,? or redistributed\b",
    r"^this copy is for your personal,? non-commercial use only\b",
)

TAGS_HEADING = _whole_line(
    r"tags", r"topics", r"related topics", r"categories", r"keywords", r"filed under",
    tail=r"\s*:?",
)
TAGS_LINE = _whole_line(
    r"(?:tags?|topics?|filed under|categor(?:y|ies)|posted in|keywords|related topics|more on)"
    r"\s*[:|]\s*\S.{0,300}",
    r"(?:posted|filed) (?:in|under) [^.]{1,120}\|\s*tagged\b.{0,200}",
    r"tagged\s*:\s*.{1,200}",
)

MEDIA_LINE = _whole_line(
    r"media playback is (?:unsupported|not supported) on your device",
    r"(?:this |the )?(?:video|audio|embed|content) (?:is )?"
    r"(?:unavailable|not available|cannot be played|will play)\b.{0,80}",
    r"(?:watch|video|listen|audio|podcast|gallery|in pictures|photos)\s*[:|]\s*.{1,200}",
    r"(?:play|watch) (?:video|now)",
    r"(?:now playing|up next)\s*(?:[:|].{0,120})?",
    r"(?:please )?enable javascript\b.{0,120}",
    r"(?:your browser|this browser) does not support\b.{0,120}",
)

COMMENT_LINE = _any_of(
    r"^leave a (?:reply|comment)\b.{0,40}$",
    r"^post a comment\b.{0,20}$",
    r"^add (?:a|your) comment\b.{0,20}$",
    r"\byour e-?mail address will not be published\b",
    r"\brequired fields are marked\b",
    r"^save my name,? e-?mail,? and website\b",
    r"^notify me of (?:follow-up comments|new (?:posts|comments))\b",
    r"\byou must be logged in to post a comment\b",
    r"\bthis site uses akismet\b",
    r"^cancel reply$",
    r"^(?:post|submit) (?:a )?comment$",
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?\s*:?$",
    r"^join the (?:discussion|conversation)\b.{0,60}$",
    r"^comments? (?:are|is) (?:closed|disabled)\b.{0,40}$",
    r"^(?:show|view|load|see) (?:all )?(?:\d+ )?comments?\b.{0,20}$",
    r"^be the first to comment\b.{0,40}$",
    r"^(?:name|e-?mail|website|comment|your name|your e-?mail)\s*\*?\s*:?$",
    r"^(?:we|our) (?:welcome|moderate|review) (?:your )?comments\b.{0,120}$",
    r"^comments? (?:policy|guidelines)\b.{0,60}$",
    r"^tell us what you think\b.{0,40}$",
)

# Headings that open a block of teasers for other stories.
TEASER_HEADING = _whole_line(
    r"check also", r"read more", r"read also", r"also read", r"read next", r"more to read", r"related",
    r"related (?:articles?|stories|posts|news|content|coverage|topics|links|reading|videos?)",
    r"you (?:may|might|will) also (?:like|be interested in|enjoy|want to read)",
    r"recommended(?: for you| stories| articles| reading| videos?)?",
    r"more (?:stories|news|articles|headlines|from [\w .'’&-]{1,40}|"
    r"on (?:this|the) (?:story|topic|subject)|in [\w .'’&-]{1,30}|like this)",
    r"most (?:read|popular|viewed|shared|watched|commented)(?: (?:stories|articles|news|today|now))?"
    r"(?: (?:in|on|from) [\w .'’&-]{1,30})?",
    r"more\s*:",
    r"popular (?:posts|stories|now|articles|news|on [\w .'’&-]{1,30})",
    r"explore further",
    r"trending(?: now| stories| news)?",
    r"top stories",
    r"latest (?:news|stories|posts|articles|headlines|videos?)",
    r"don'?t miss(?: this)?", r"must read", r"see also", r"further reading", r"editor'?s'? picks?",
    r"what to read next", r"keep reading", r"continue reading", r"up next", r"also on [\w .'’-]{1,30}",
    r"in other news",
    r"similar (?:articles|stories|posts)",
    r"(?:previous|next) (?:post|article|story)",
    r"sponsored stories", r"(?:from )?around the web",
    r"related articles? (?:and|&) (?:videos?|posts)",
    r"you may have missed", r"in case you missed it",
    tail=r"\s*(?:[:»>›|]|\.\.\.|…)?",
)

# One-line teasers: "Read more: Trade talks stall", "RELATED: ...", "ALSO READ | ...".
TEASER_LINE = _whole_line(
    r"read more", r"read also", r"also read", r"read next", r"read", r"related",
    r"related (?:articles?|stor(?:y|ies)|coverage|content|posts?|links?|reading)",
    r"see also", r"see more", r"also on [\w.-]+",
    r"more on (?:this|the) (?:story|topic)",
    r"more", r"recommended", r"don'?t miss", r"must read", r"trending", r"also see", r"further reading",
    r"click here",
    r"read the full (?:story|article)",
    r"full coverage",
    tail=r"(?:\s*[:|»>›]|\s+[–—-])\s*\S.{0,250}",
)
TEASER_ALSO_ON = _whole_line(
    r"also on [\w-]+\.[a-z]{2,6}\b",
    r"follow (?:\S+ ){0,4}(?:full )?coverage\b",
    tail=r".{0,250}",
)
TEASER_CAPS = re.compile(
    r"^(?:READ (?:MORE|ALSO|NEXT)|ALSO READ|RELATED|SEE ALSO)(?:\s*[:|»>›]|\s+[–—-]|\s)\s*\S.{0,250}$"
)
READ_MORE_TAIL = _any_of(
    r"read more", r"continue reading", r"full story", r"more",
    after=r"\s*(?:»|›|>|→|\.\.\.|…)?\s*$",
)

# "About Banner Leon", "About the author": a heading over an author's biography.
BIO_HEADING = re.compile(
    r"^(?:(?i:about (?:the )?(?:author|writer|reporter|contributor|columnist)s?|author(?:'s)? (?:bio|biography|profile))|"
    r"(?i:about) (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}))\s*:?$"
)
# "<Name> is a freelance journalist based in Kyiv. Follow her on Twitter."
BIO_SENTENCE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+,? (?:is|was|has been) (?:a|an|the)\b[^.]{0,120}?"
    r"\b(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|author|blogger|"
    r"freelancer|photographer|analyst|fellow|producer|presenter|anchor)s?\b"
)
BIO_MARKERS = _any_of(
    r"writes (?:about|for|on)", r"covers\b", r"based in\b",
    r"follow (?:him|her|them)\b",
    r"twitter\b", r"@\w+", r"author of\b", r"his work\b", r"her work\b", r"can be reached\b",
    r"email (?:him|her)\b", r"contributing\b", r"has written\b",
    before=r"\b",
)
BIO_PRONOUNS = re.compile(r"\b(?:he|she|his|her|him|they|their|I|my|me)\b", _I)

# Trailers of wire copy and newspapers: who reported, who edited, who contributed.
CONTRIBUTOR_LINE = _whole_line(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|research|translated) by\b.{0,300}\)?",
    r"(?:[\w.,'’-]+ ){1,30}contributed (?:reporting|to this (?:report|article|story))\b.{0,120}",
)

# Contact lines under an article: "Write to Jane Doe at jane@example.com", "... can be reached at ...".
CONTACT_LINE = _whole_line(
    r"(?:write to|email|e-mail|contact|reach) (?:\S+ ){1,4}at \S+@\S+.{0,160}",
    r"(?:have a tip\?\s*)?.{0,60}\b(?:can|may) be reached at \S+@\S+.{0,160}",
    r"(?:reach|contact|follow|email|e-mail) (?:the )?"
    r"(?:reporters?|authors?|writers?|correspondents?)\b.{0,200}",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com/[\w./-]+",
)

# "SOURCE: Al Jazeera and news agencies" under an article.
SOURCE_LINE = re.compile(r"^sources?\s*:\s*(?P<name>[^:]{1,80})$", _I)

# Machinery of the page: reading-time badges, form errors.
PAGE_META_LINE = _whole_line(
    r"(?:estimated )?(?:reading|read) time\s*:?\s*.{0,20}",
    r"\d+\s*(?:-\s*)?min(?:ute)?s?\.? read",
    r"(?:an error (?:has )?occurred|there was an error|something went wrong)\b.{0,80}",
    r"(?:download|itunes|spotify|apple podcasts|google podcasts|listen|stitcher)\s*:\s*https?://\S+",
    r"\(?visited \d[\d,]* times?,? \d+ visits? today\)?",
    r"loading\.*",
)

# Feed and syndication notices: not the story, but about where the story came from.
NOTICE_LINE = _whole_line(
    r"the post .{1,200} appeared first on .{1,80}",
    r"\(?this (?:story|article|report|piece|content) (?:has|was|is)\b.{0,60}"
    r"\b(?:originally published|published from a wire|not been edited|auto-generated|syndicated|"
    r"first appeared|republished|reproduced)\b.{0,200}",
    r"\(?(?:this (?:story|article) )?(?:was )?originally (?:published|appeared) (?:on|in|at)\b.{1,160}",
    r"\(?with (?:inputs?|additional reporting) from\b.{1,100}",
    r"disclaimer\s*:.{1,400}",
    r"listen to (?:this|the) (?:article|story)\b.{0,40}",
)
