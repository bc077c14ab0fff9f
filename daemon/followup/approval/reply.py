"""Pure: reading the owner's reply to an approval request.

Owns finding the owner's command above (or below) the quoted request whatever the mail client
(Gmail, Outlook, Apple Mail, Thunderbird, mobile; English, French, German, Spanish quote
headers; "> " quoting; signatures; HTML-only replies) and the edited drafts. Nothing here
raises on a reply's text: an unreadable reply is a `ReplyCommand(kind="unclear")` with a
one-line reason saying what is accepted. It must not do I/O, read the clock or touch the store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from followup.approval.request import ACCEPTED, END_RE, MAX_DRAFT_NUMBER, START_RE, DraftView
from followup.model import Message
from followup.htmltext import html_to_text
from followup.quoting import quote_level, unquote

MAX_REPLY_CHARS = 200_000  # a command sits at the top; a longer reply is cut, not scanned whole


@dataclass(frozen=True)
class ReplyCommand:
    """What the owner's reply says.

    `drafts` empty means every draft of the request. `edits` maps a draft number to the text
    the owner wrote for it (only for drafts this command approves). `rejects` lists drafts
    rejected in the same reply as an approval ("APPROVE 1, REJECT 2"); it is set only with
    kind "approve" and never overlaps `drafts`. `reason` says what was understood, or for
    "unclear" why not and what is accepted (one line, for the owner).
    """

    kind: Literal["approve", "reject", "unclear"]
    drafts: tuple[int, ...] = ()
    edits: Mapping[int, str] = field(default_factory=lambda: MappingProxyType({}))
    reason: str = ""
    rejects: tuple[int, ...] = ()


_REQUEST_OPENING_RE = re.compile(r"^follow-up drafts for .* need your approval\.?$", re.IGNORECASE)
# "On <date>, <name> wrote:" and its translations; Gmail, Apple Mail, Thunderbird, Yahoo and
# Android put the verb last; German puts the name after "schrieb".
_ATTRIBUTION_RE = re.compile(
    r"^(?:-+\s*)?(?:on|le|el|am|il|op|den|em|dne|w dniu)\b.{0,400}?"
    r"\b(?:wrote|a\s+écrit|escribió|schrieb|scrisse|ha\s+scritto|schreef|skrev|escreveu|napisał\w*)\b"
    r".{0,300}?:$",
    re.IGNORECASE,
)
_ATTRIBUTIONEND_RE = re.compile(
    r"(?:\bwrote|\ba\s+écrit|\bescribió|\bschrieb\b.{0,200}|\bscrisse|\bschreef|\bskrev|"
    r"\bescreveu|\bnapisał\w*|написал[аи]?|kirjoitti)\s*:$",
    re.IGNORECASE,
)
_ATTRIBUTIONSTART_RE = re.compile(r"^(?:-+\s*)?(?:on|le|el|am|il|op|den|em|dne|w dniu)\b|^\d", re.IGNORECASE)
_ORIGINAL_RE = re.compile(
    r"^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
    r"messaggio originale|oorspronkelijk bericht|reply message)\s*-{2,}$",
    re.IGNORECASE,
)
_RULE_RE = re.compile(r"^_{10,}$")
_FROM_LABEL_RE = re.compile(r"^\*?\s*(?:from|de|von|van|da|od|från|fra|от)\s*\*?\s*:", re.IGNORECASE)
_HEADER_LABEL_RE = re.compile(
    r"^\*?\s*(?:sent|date|to|cc|subject|envoyé|à|objet|gesendet|datum|an|betreff|enviado|fecha|"
    r"para|asunto|data|inviato|oggetto|verzonden|aan|onderwerp|отправлено|кому|тема|дата)"
    r"\s*\*?\s*:",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(r"^--$|^__$")
_MOBILE_FOOTER_RE = re.compile(
    r"^(?:sent from|sent via|sent with|get outlook for|envoyé de|envoyé depuis|von meinem|"
    r"gesendet von|enviado desde|enviado de|inviato da|verzonden met)\b.{0,80}$",
    re.IGNORECASE,
)
_KEYWORD_RE = re.compile(r"\b(approved?|reject(?:ed)?)\b", re.IGNORECASE)
_ARG_TOKEN_RE = re.compile(r"\d+\s*[-\u2013]\s*\d+|\d+|[^\W\d_]+(?:'[^\W\d_]+)?|\S")
_ALL_WORDS = frozenset({"all", "both", "everything", "every"})
_FILLER_WORDS = frozenset({
    "and", "et", "und", "y", "e", "en", "draft", "drafts", "no", "nr", "number", "numbers", "the",
    "them", "it", "one", "ones",
})  # fmt: skip
_POLITE_WORDS = frozenset({
    "please", "pls", "plz", "ok", "okay", "yes", "thanks", "thank", "you", "thx", "ty", "cheers",
    "hi", "hello", "sure", "great", "fine", "good", "looks", "look", "lgtm", "perfect",
})  # fmt: skip
_ARG_PUNCT = frozenset(",;:.!#&+()/*-\u2013\u2014\"'")
# Words that turn a reply into a condition or a change request the daemon cannot act on.
_HEDGE_WORDS = frozenset({
    "but", "change", "changed", "changes", "except", "instead", "wait", "hold", "don't", "dont",
    "not", "no", "unless", "only", "if", "edit", "edited", "fix", "typo", "later", "tomorrow",
    "earlier", "delay", "stop", "cancel", "time", "date", "hmm", "maybe", "perhaps", "should",
    "could", "would", "first", "after", "before", "never", "approve", "reject",
})  # fmt: skip
_MAX_FREE_LINES = 6
_MAX_FREE_WORDS = 8


@dataclass(frozen=True)
class _Block:
    number: int
    start: int
    end: int  # index of the END marker line
    level: int
    text: str


@dataclass(frozen=True)
class _Reading:
    own: list[str]
    blocks: list[_Block]
    open_draft: int | None  # a draft start marker in the owner's text with no END marker


def extract_own_text(text: str) -> str:
    """Return what the replier wrote: without the quoted message, quote headers and signature."""
    return "\n".join(_read(text).own).strip()


def parse_reply(message: Message, *, drafts: Sequence[DraftView] = ()) -> ReplyCommand:
    """Read the owner's command (and edited drafts) from a reply; never raises.

    With `drafts` (those of the request), draft numbers are checked and an edit counts only
    when its text differs from the draft's; without them every draft block found for an
    approved draft is returned in `edits` and the caller compares.
    """
    try:
        texts = [message.text or ""]
        if message.html:
            quoted_html = html_to_text(message.html, MAX_REPLY_CHARS, quote_blockquotes=True)
            if message.text == html_to_text(message.html):
                # HTML-only: its text was flattened from the HTML, blockquotes and all, so only
                # the rendering that keeps them as "> " quoting may be read; quoted text is
                # never a command.
                texts = [quoted_html]
            else:
                # A reply whose text was taken for an inline forward (no "Re:" subject) has
                # lost the owner's words from `text`; its HTML still has them.
                texts.append(quoted_html)
        first = _command(_read(texts[0]), drafts)
        for text in texts[1:]:
            if first.kind != "unclear":
                break
            other = _command(_read(text), drafts)
            if other.kind != "unclear":
                return other
        return first
    except Exception as exc:  # the contract is "never raises": an odd reply is an unclear one
        return _unclear(f"the reply could not be read ({type(exc).__name__})")


def _unclear(why: str) -> ReplyCommand:
    return ReplyCommand(kind="unclear", reason=f"Not understood: {why}. Nothing was changed; {ACCEPTED}.")


def _normalize(text: str) -> list[str]:
    text = text[:MAX_REPLY_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "")
    return [line.rstrip() for line in text.split("\n")]


def _content(line: str) -> str:
    return unquote(line, quote_level(line)).strip()


def _read(text: str) -> _Reading:
    lines = _normalize(text)
    blocks, open_starts = _find_blocks(lines)
    taken: set[int] = set()
    for block in blocks:
        taken.update(range(block.start, block.end + 1))
    cut = len(lines)
    skip: set[int] = set()
    for index, line in enumerate(lines):
        if index in taken or quote_level(line) > 0:
            continue
        content = line.strip()
        if not content:
            continue
        if _REQUEST_OPENING_RE.match(content) or _ORIGINAL_RE.match(content) or _is_header_block(lines, index):
            cut = index
            break
        if _RULE_RE.match(content) and any(
            _is_header_block(lines, j) for j in range(index + 1, min(index + 3, len(lines)))
        ):
            cut = index
            break
        start = _attribution_start(lines, index, taken)
        if start is not None:
            following = next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)
            if following is not None and quote_level(lines[following]) > 0:
                skip.update(range(start, index + 1))  # quoted with '>': later unquoted lines are the owner's
                continue
            cut = start  # quoted without '>' (HTML turned into text, Outlook): all of the rest is quote
            break
    own: list[str] = []
    for index in range(cut):
        line = lines[index]
        if index in taken or index in skip or quote_level(line) > 0:
            continue
        content = line.strip()
        if _SIGNATURE_RE.match(content):
            break  # "-- " opens the signature (RFC 3676 §4.3): nothing after it is a command
        if _MOBILE_FOOTER_RE.match(content):
            continue
        own.append(line)
    open_draft = next((n for n, i in open_starts if i < cut and quote_level(lines[i]) == 0), None)
    return _Reading(own=own, blocks=blocks, open_draft=open_draft)


def _attribution_start(lines: list[str], index: int, taken: set[int]) -> int | None:
    content = lines[index].strip()
    if len(content) > 500:
        return None
    if _ATTRIBUTION_RE.match(content):
        return index
    if not _ATTRIBUTIONEND_RE.search(content):
        return None
    # Gmail and Android wrap a long attribution: "On Tue, ... Jane Doe <" / "jane@x> wrote:".
    if not _ATTRIBUTIONSTART_RE.match(content) and index > 0:
        prev = index - 1
        if prev not in taken and lines[prev].strip() and quote_level(lines[prev]) == 0:
            return prev
    return index


def _is_header_block(lines: list[str], index: int) -> bool:
    """Tell whether an Outlook-style 'From: ... Sent: ... To: ... Subject:' block starts here."""
    if not _FROM_LABEL_RE.match(lines[index].strip()):
        return False
    labels = 0
    for line in lines[index + 1 : index + 10]:
        if quote_level(line) > 0:
            return False
        if _HEADER_LABEL_RE.match(line.strip()):
            labels += 1
    return labels >= 2


def _find_blocks(lines: list[str]) -> tuple[list[_Block], list[tuple[int, int]]]:
    """Find `=== DRAFT n ... ===` ... `=== END DRAFT n ===` blocks at any quote level."""
    blocks: list[_Block] = []
    open_starts: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        level = quote_level(lines[index])
        content = unquote(lines[index], level).strip()
        start = START_RE.match(content)
        if not start:
            index += 1
            continue
        number = int(start.group(1))
        body_start = index + 1
        if not content.endswith("=") and body_start < len(lines):
            # A long marker wrapped by the client: its tail "...) ===" is on the next line.
            tail = unquote(lines[body_start], level).strip()
            if tail.endswith("===") and not END_RE.match(tail):
                body_start += 1
        end = None
        for j in range(body_start, len(lines)):
            inner = _content(lines[j])
            found = END_RE.match(inner)
            if found and int(found.group(1)) == number:
                end = j
                break
            if START_RE.match(inner):
                break
        if end is None:
            open_starts.append((number, index))
            index += 1
            continue
        body = [unquote(line, level).rstrip() for line in lines[body_start:end]]
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
        blocks.append(_Block(number, index, end, level, "\n".join(body)))
        index = end + 1
    return blocks, open_starts


def _words(text: str) -> str:
    return " ".join(text.split())


def _command(reading: _Reading, drafts: Sequence[DraftView]) -> ReplyCommand:
    if reading.open_draft is not None:
        n = reading.open_draft
        return _unclear(f"draft {n}'s text has no '=== END DRAFT {n} ===' line after it (keep both marker lines)")
    approve: set[int] = set()
    reject: set[int] = set()
    approve_all = reject_all = False
    free: list[str] = []
    for line in reading.own:
        content = line.strip()
        if not content:
            continue
        parsed = _parse_command_line(content)
        if parsed is None:
            if _KEYWORD_RE.search(content):
                shown = content if len(content) <= 60 else content[:57] + "..."
                if "?" in content:
                    return _unclear(f"{shown!r} reads as a question")
                return _unclear(f"{shown!r} is not a command on its own")
            free.append(content)
            continue
        for kind, numbers, everything in parsed:
            if kind == "approve":
                approve |= numbers
                approve_all |= everything
            else:
                reject |= numbers
                reject_all |= everything
    if not (approve or reject or approve_all or reject_all):
        shown = free[0] if free else ""
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        if not shown:
            return _unclear("the reply is empty above the quoted request")
        return _unclear(f"no APPROVE or REJECT found in {shown!r}")
    for content in free:
        problem = _free_text_problem(content)
        if problem:
            return _unclear(problem)
    if len(free) > _MAX_FREE_LINES:
        return _unclear("the reply says more than a command; write only the command")
    if (approve_all and (reject or reject_all)) or (reject_all and approve):
        return _unclear("the reply both approves and rejects")
    both = sorted(approve & reject)
    if both:
        return _unclear(f"draft {both[0]} is both approved and rejected")
    known = {d.number for d in drafts}
    if known:
        unknown = sorted((approve | reject) - known)
        if unknown:
            have = ", ".join(str(n) for n in sorted(known))
            return _unclear(f"there is no draft {unknown[0]} in this request (it has {have})")
    approved = known if approve_all and known else approve
    edits, problem = _edits(reading.blocks, drafts, approved, approve_all and not known, bool(approve) or approve_all)
    if problem:
        return _unclear(problem)
    if approve or approve_all:
        drafts_out = () if approve_all else tuple(sorted(approve))
        what = "approve all drafts" if approve_all else "approve " + _numbers_text(drafts_out)
        if reject:
            what += ", reject " + _numbers_text(tuple(sorted(reject)))
        if edits:
            what += "; edited: " + _numbers_text(tuple(sorted(edits)))
        return ReplyCommand("approve", drafts_out, MappingProxyType(dict(edits)), what, tuple(sorted(reject)))
    drafts_out = () if reject_all else tuple(sorted(reject))
    what = "reject all drafts" if reject_all else "reject " + _numbers_text(drafts_out)
    return ReplyCommand("reject", drafts_out, MappingProxyType({}), what)


def _numbers_text(numbers: tuple[int, ...]) -> str:
    return ("draft " if len(numbers) == 1 else "drafts ") + ", ".join(str(n) for n in numbers)


def _parse_command_line(content: str) -> list[tuple[str, set[int], bool]] | None:
    """Parse a line like 'APPROVE 1 and 3.' or 'approve 1, reject 2'; None when it is not one."""
    if "?" in content:
        return None
    matches = list(_KEYWORD_RE.finditer(content))
    if not matches:
        return None
    for token in _ARG_TOKEN_RE.findall(content[: matches[0].start()]):
        if token not in _ARG_PUNCT and token.lower() not in _POLITE_WORDS:
            return None
    out: list[tuple[str, set[int], bool]] = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(content)
        kind = "approve" if match.group(1).lower().startswith("approve") else "reject"
        numbers: set[int] = set()
        everything = said_no = False
        for token in _ARG_TOKEN_RE.findall(content[match.end() : end]):
            lowered = token.lower()
            if token[0].isdigit():
                parts = [int(p) for p in re.split(r"\s*[-\u2013]\s*", token)]
                low, high = parts[0], parts[-1]
                if not 1 <= low <= high <= MAX_DRAFT_NUMBER:
                    return None
                numbers.update(range(low, high + 1))
            elif lowered in _ALL_WORDS:
                everything = True
            elif lowered == "no":
                said_no = True  # "no. 2" only; a bare "approve no" is not a command
            elif token in _ARG_PUNCT or lowered in _FILLER_WORDS or lowered in _POLITE_WORDS:
                continue
            else:
                return None
        if (everything and numbers) or (said_no and not numbers):
            return None
        out.append((kind, numbers, everything or not numbers))
    return out


def _free_text_problem(content: str) -> str | None:
    shown = content if len(content) <= 60 else content[:57] + "..."
    if "?" in content:
        return f"the reply asks {shown!r}"
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", content.lower())
    hedges = [w for w in words if w in _HEDGE_WORDS]
    if hedges:
        return f"the reply adds {shown!r}, which the daemon cannot act on"
    if len(content.split()) > _MAX_FREE_WORDS:
        return f"the reply adds {shown!r}; write only the command"
    return None


def _edits(
    blocks: list[_Block],
    drafts: Sequence[DraftView],
    approved: set[int],
    approve_any_block: bool,
    approving: bool,
) -> tuple[dict[int, str], str | None]:
    """Pick the edited text of each approved draft: the owner's own copy first, then the quote."""
    originals = {d.number: d.body for d in drafts}
    ordered = sorted(blocks, key=lambda b: (b.level > 0, b.start))
    edits: dict[int, str] = {}
    changed_unapproved: set[int] = set()
    for block in ordered:
        if block.number in edits:
            continue
        original = originals.get(block.number)
        if originals and original is None:
            continue  # a block for a draft that is not in this request: not ours to read
        if original is not None and _words(block.text) == _words(original):
            continue
        if block.number in approved or (approve_any_block and not originals):
            if not block.text.strip():
                return {}, f"draft {block.number}'s edited text is empty (to drop it, reply REJECT {block.number})"
            edits[block.number] = block.text
        elif original is not None:
            changed_unapproved.add(block.number)
    if approving and changed_unapproved - set(edits):
        n = min(changed_unapproved - set(edits))
        return {}, f"draft {n} was edited but not approved (reply APPROVE {n} to send the edit)"
    return edits, None
