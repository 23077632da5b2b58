"""Boilerplate rules, kept as data (like trafilatura's ``xpaths.py``).

Line rules apply to plain text copied from a page and to the text of HTML blocks;
DOM rules (class/id words, tags) apply to HTML only.  Each rule is general: it names
a kind of chrome (widgets, self-promotion, breadcrumbs), never one site's wording.
"""

from __future__ import annotations

import re

# Whole lines that are widget labels: comment, rating, share and subscribe furniture.
WIDGET_LINES = re.compile(
    r"""^(?:
        \d+\s+\d+\s+votes?                              # "0 0 vote" rating counters
      | \d*\s*(?:article|post)\s+rating                 # "Article Rating"
      | notify\s+of(?:\s+new.*)?                        # comment subscription
      | (?:inline|newest|oldest|most\s+voted)\s+(?:feedbacks?|comments?)
      | view\s+(?:all\s+)?comments?(?:\s*\(\d+\))?
      | (?:\d+\s+)?comments?\s*(?:\(\d+\))?
      | (?:leave|post|add|write)\s+a\s+(?:comment|reply)
      | (?:share|tweet|email|print|pin|save)(?:\s+(?:this|on|article|story|via)\b.*)?
      | share\s+(?:on\s+)?(?:facebook|twitter|x|whatsapp|linkedin|reddit|email)
      | (?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|instagram|youtube
        |koo(?:\s+app)?|email|copy\s+link|x|[\s|•·,/])+
      | (?:sign\s+up|subscribe)(?:\s+(?:now|here|today|for\s+free))?
      | (?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted)
      | (?:read|see|show)\s+(?:more|less)(?:\s+stories)?
      | (?:continue|keep)\s+reading
      | (?:read|see|watch|listen)\s+(?:more|also|next)\s*:.*
      | (?:related|recommended|trending|popular|most\s+read)
        (?:\s+(?:stories|articles|posts|news|now))?
      | (?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|scroll\s+to\s+top)
      | (?:accept|reject)(?:\s+all)?(?:\s+cookies)?
      | loading(?:\.\.\.|…)?
      | advertisement\b.{0,40} | don'?t\s+miss | .{0,200}\[[A-Z]{3,}\]\|?
      | (?:the\s+)?story\s+continues\s+(?:below|after).{0,30}
      | your\s+browser\s+does\s+not\s+support.{0,60}
      | get\s+(?:daily|weekly|breaking|the\s+latest)\b.{0,40}
      | listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s+\d+\s+min(?:utes?)?)?
      | \d+\s+min(?:ute)?s?\s+read
      | [\w\s'’&-]{0,40}\bnewsletters?
      | (?:tags?|topics?|filed\s+under|categories|category)(?:\s*:.*)?
      | (?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?\s+[\w\s,:.]{1,40}
      | (?:copyright|©).{0,120}
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Sentences that invite the reader to do something: promotion, newsletters, cookies.
PROMOTION = re.compile(
    r"""\b(?:
        post\s+your\s+story | submit\s+your\s+(?:story|article|news)
      | sign\s+up\s+(?:for|to) | subscribe\s+(?:to|for|now|today)
      | (?:our|the)\s+(?:daily|weekly|free)?\s*newsletter | newsletter\s+sign
      | follow\s+us\s+on | join\s+us\s+on | like\s+us\s+on
      | follow\b.{0,60}\bon\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok|x)\b
      | (?:listen|subscribe)\b.{0,60}\b(?:podcast|itunes|spotify|apple\s+podcasts)\b
      | have\s+a\s+(?:news\s+)?tip\b | may\s+be\s+reached\s+at | tell\s+us\s+what\s+you\s+think
      | \[/\w+\]
      | download\s+(?:our|the)\s+app | get\s+the\s+app
      | (?:we|this\s+site)\s+uses?\s+cookies | cookie\s+(?:policy|settings|preferences)
      | get\s+(?:daily|weekly)\s+\w+\s+news | click\s+here | tap\s+here
      | for\s+(?:just|only)\s+[£$€]\d
      | non-commercial\s+use\s+only | share\s+it\s+with\s+a\s+friend
      | if\s+you\s+(?:enjoyed|liked|value)\s+this\s+(?:article|story|journalism)
      | be\s+informed\s+daily | get\s+instant\s+alerts | be\s+the\s+first\s+to\s+know
      | all\s+rights\s+reserved | ©\s*\d{4} | copyright\s+©?\s*\d{4}
      | terms\s+(?:of\s+(?:use|service)|and\s+conditions) | privacy\s+policy
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Chrome inside a sentence: link annotations screen readers get ("..., opens new tab").
INLINE_CHROME = re.compile(
    r",?\s*\bopens\s+(?:in\s+(?:a\s+)?)?new\s+(?:tab|window)\b"
    r"|\s*\bPurchase\s+Licensing\s+Rights\b",  # a picture agency's sales link in a caption
    re.I,
)
# "[1/5]" before a caption of a picture gallery set among the paragraphs
GALLERY_INDEX = re.compile(r"^\[\d{1,3}/\d{1,3}\]\s*")

URL = re.compile(r"https?://\S+|www\.\S+\.\w{2,}\S*")

# Caption lines in copied text: "Image: ...", "Photo: ...", "Pictured: ...".
CAPTION_PREFIX = re.compile(
    r"^(?:image|photo(?:graph)?|picture|pic|pictured|caption|video|gallery|graphic)\s*[:|]\s*",
    re.IGNORECASE,
)
# A photo credit inside or after a caption: "Photo: Jane Doe/Reuters", "(AFP via Getty)".
CREDIT = re.compile(
    r"(?:\(|\b)(?:photo(?:graph)?|picture|image|credit|pic)s?\s*(?:by|:)\s*([^()]{2,80})\)?\s*$"
    r"|\(([^()]*\b(?:getty|reuters|afp|ap|epa|shutterstock|alamy|pa)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)

# In-body or header bylines: "by Jane Doe, foreign affairs editor".
BYLINE = re.compile(
    r"^(?i:by|written\s+by|von|par|di|por)\s+"
    r"(?P<names>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin|and|&)){0,6}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4})*)"
    r"(?P<role>\s*[,|–—-]\s*[^.!?]{0,80})?\s*$"
)

# Credits lines: "Writing by ...; Editing by ...", "Additional reporting by ...".
CREDITS = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|translated|"
    r"graphics?|research|produced|written\s+and\s+reporting)\b[^.]{0,40}\bby\b"
    r"|^[^.]{3,120}\bcontributed\s+(?:reporting\s+)?(?:to\s+this\s+(?:report|story|article))"
    r"|^(?:with\s+files\s+from|with\s+(?:additional\s+)?reporting\s+(?:by|from)|"
    r"source\s*:\s*[^.]{1,60}$)",
    re.IGNORECASE,
)

# Headings in copied text that start a section set apart from the report.
SECTION_PREFIX = re.compile(
    r"^(?:analysis|comment|opinion|explainer|background|context|factbox|timeline|"
    r"q&a|what\s+we\s+know|why\s+it\s+matters|key\s+points)\s*[:|–—-]",
    re.IGNORECASE,
)

# A breadcrumb: a short run of section names, often ending in a truncated title.
BREADCRUMB = re.compile(
    r"^(?:home|news|start|front\s+page)(?:\s*[>›»/|]\s*|\s+)[\w\s&>›»/|,'’‘-]*(?:\.\.\.|…)?$",
    re.IGNORECASE,
)

# Words that mark the start of the page footer (everything after is chrome).
FOOTER_START = re.compile(
    r"^(?:comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|"
    r"related\s+(?:articles|stories|posts|news|topics)|more\s+(?:stories|from|on\s+this)\b.*|"
    r"you\s+(?:may|might)\s+also\s+like|recommended\s+for\s+you|read\s+next|"
    r"most\s+(?:read|popular|viewed)|around\s+the\s+web|"
    r"(?:\d+\s+){1,2}votes?|article\s+rating)[.:]?$",
    re.IGNORECASE,
)

TERMINAL = tuple(".!?:;…")
# a quotation signed by its speaker after a dash ('"We will stay." ― Ana Ruiz'): the
# words of a named person, as pull quotes and readers' replies are printed, not a caption
SIGNED_QUOTE = re.compile(r"^[\"“”„].{12,}[\"“”]\s*[―—–]{1,2}\s*(?:[A-Z][\w'’.-]*\s*){1,5}$")
CLOSERS = "\"'”’)]»■◆●♦ "

# DOM: class/id words of containers that are never the article body.
CHROME_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|"
    r"sidebar|side-bar|aside|rail|widget|share|sharing|social|sharebar|share-bar|"
    r"related|recommend(?:ed|ations)?|trending|popular|most-read|mostread|promo|"
    r"newsletter|subscribe|subscription|signup|sign-up|"
    r"cookie|cookies|consent|gdpr|banner|advert|advertisement|ads|ad-slot|adslot|dfp|"
    r"sponsor(?:ed)?|outbrain|taboola|comments?|disqus|respond|reply|"
    r"tags|tag-list|author-bio|bio|read-more|readmore|more-stories|"
    r"modal|popup|overlay|skip-link|print-only|visually-hidden|sr-only|hidden)(?:$|[-_\s])",
    re.IGNORECASE,
)
CHROME_TAGS = (
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "template",
    "select",
    "input",
    "label",
    "dialog",
)
CHROME_ROLES = (
    "navigation",
    "banner",
    "complementary",
    "contentinfo",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
)
