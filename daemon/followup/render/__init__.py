"""Render follow-ups: template text → subject and body → an RFC 5322 message, threaded.

Modules: `template` (front matter, the sandboxed Jinja2 environment, rendering and checking),
`context` (the variables a template sees), `names` (first names), `clean` (neutralising text
from mail), `message` (the outgoing RFC 5322 message). The public names are re-exported here.

Owns the template format (YAML front matter with `subject` and `thread`, then a Jinja2 body),
the sandboxed Jinja2 environment (strict undefined variables), the variables a template sees
(`RenderContext`, DESIGN §5), the recipient's first name, and the building of the outgoing
text/plain UTF-8 message (From, To, Date, Message-ID, Subject, In-Reply-To, References).

Pure: the caller reads the template file and passes its text and name; time comes in as the
`date` argument. No I/O, no clock, no environment. Everything taken from incoming mail (names,
subjects, companies, Message-IDs) is neutralised before it reaches a header: control characters
(CR and LF included) become spaces, so no header can be injected.

Template variables (what `{{ ... }}` can use):
    owner.name, owner.email, owner.signature
    recipient.name (display name, or none), recipient.first_name, recipient.email
    company, role                       (none when unknown)
    interview.start, interview.end      (datetimes in the owner's zone; end may be none)
    interview.timezone                  (the zone named by the invitation, else the owner's)
    interview.location, interview.meeting_url
    interview.day      "Tuesday, December 8"       interview.weekday  "Tuesday"
    interview.date     "December 8, 2026"          interview.time     "3:00 PM"
    interview.end_time "3:45 PM" (or none)         interview.zone     "EST" (owner's zone)
    questions          list of strings (added with `followup ask`)
    original.subject, original.date (datetime), original.day "Monday, November 30"

`interview` is none for follow-ups about an application. Printing a value that is none is an
error (never a message reading "None" or "Dear ,"): guard it with `{% if company %}...{% endif %}`
or give a default with `{{ company or "your team" }}`.

`recipient.first_name` comes from the display name ("Doe, Jane" → "Jane", "Dr. Jane Doe" →
"Jane", "JANE DOE" → "Jane"); when no usable name is known (no display name, an address only,
a team name such as "Acme Recruiting") it is "there", so "Hi {{ recipient.first_name }}," reads
"Hi there,". A title with a surname only keeps the title: "Dr. Smith".
"""

from __future__ import annotations

from followup.render.clean import clean_body, clean_line, clean_optional, end_with_one_newline
from followup.render.context import (
    InterviewVars,
    OriginalVars,
    OwnerVars,
    RecipientVars,
    RenderContext,
    build_context,
    interview_vars,
    sample_context,
)
from followup.render.message import RenderedMessage, build_message, is_message_id, render_followup
from followup.render.names import FALLBACK_FIRST_NAME, first_name
from followup.render.template import FrontMatter, Template, check_template, load_template, render_text, reply_subject

__all__ = [
    "FALLBACK_FIRST_NAME",
    "FrontMatter",
    "InterviewVars",
    "OriginalVars",
    "OwnerVars",
    "RecipientVars",
    "RenderContext",
    "RenderedMessage",
    "Template",
    "build_context",
    "build_message",
    "check_template",
    "clean_body",
    "clean_line",
    "clean_optional",
    "end_with_one_newline",
    "first_name",
    "interview_vars",
    "is_message_id",
    "load_template",
    "render_followup",
    "render_text",
    "reply_subject",
    "sample_context",
]
