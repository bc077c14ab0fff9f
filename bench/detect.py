"""Measure detection on the frozen split of the detection corpus (never tuned on), and its speed.

Run from the repository root:
    .venv/bin/python bench/detect.py                  # the frozen split (the measurement)
    .venv/bin/python bench/detect.py --split dev      # the dev split (for tuning)
    .venv/bin/python bench/detect.py --split dev --show-misses

The corpus is tests/data/detection/{dev,frozen}/NAME.eml with NAME.expected.json (see the README
there). Each message goes through parse_message + detect_event for the owner
alex.morgan@mail.example in America/New_York. Metrics, each printed with its denominator:

- kind: per kind precision = TP / predicted, recall = TP / expected, F1; macro-F1 is the mean of
  the F1 of the seven kinds (a kind absent from both truth and guesses is left out of the mean).
- start: over messages labelled interview_scheduled or interview_rescheduled with a start, the
  Event's interview.start is the same instant (offsets may differ). A wrong kind counts as a miss.
- company: over messages labelled with a job kind (not `none`), the Event's company equals the
  label after case-folding, collapsing white space and dropping a trailing legal form (Inc., LLC,
  LLP, Ltd, Corporation, GmbH, AG, SAS, S.L., AB, AS, Oy, Kft., B.V., S.r.l., sp. z o.o., Pvt. Ltd.,
  ...), since mail names a company with and without it; every other word counts ("Swiss" is not
  "Swiss Re"). Null must be null.
- contact: over the same messages, the Event's contact address equals the label, case-folded
  (null must be null).
- interviewers: over messages labelled interview_*, the set of the Event's interviewers (address
  when known, else name; case-folded) equals the label's set exactly.
- non-events taken as events: messages labelled `none` that came out as an interview or an
  application (and, separately, as any job kind).
- booking requests: of the messages labelled booking_requested, how many Events carry
  booking_requested true, and how many Events carry it on messages not so labelled.
- calibration: Events grouped by confidence into bins; per bin the count, the mean confidence and
  the observed share with the right kind. When Events carry `uncertain`, the share with the right
  kind among those marked uncertain and among the rest.
- speed: messages per CPU-second for parse + detect on one core (this process, no threads),
  median and best of repeated passes over the split; the CPU time of the one thread doing the
  work (time.thread_time), Events not turned into JSON.
- hostile mail: CPU time and peak memory of four hostile messages (bound: 1 s and 200 MB each).
- diagnostics (on either split, naming no message and showing no text): a kind confusion matrix
  (expected x detected counts); the rules behind kind misses, per confusion cell, as counts of
  evidence lines stripped of anything quoted from the mail; and a coarse category per miss of
  start (none found / wrong kind / wrong day / same wall-clock, other zone / wrong time), company
  (none / a hosting or job-board name / part of the label / the label plus more / another name /
  a name where none is known), contact (none / a robot / another person at the same domain /
  another domain / one where none is known) and interviewers (how many missed, how many extra,
  and how often a missed address and an extra name-only entry are the same person).

Prints figures and exits 0; it asserts nothing (the targets are in the detection issue, and the
frozen split is measured, not a test gate).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
import time
import tracemalloc
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from followup.addresses import KNOWN_SENDERS as _SENDERS  # noqa: E402
from followup.addresses import domain_of, is_robot_address, known_sender  # noqa: E402
from followup.detect import detect_event  # noqa: E402
from followup.parse import parse_message  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "detection"
OWNER = "alex.morgan@mail.example"
OWNER_ZONE = "America/New_York"
KINDS = (
    "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received",
    "rejection", "offer", "none",
)  # fmt: skip
EVENTFUL = {"interview_scheduled", "interview_rescheduled", "application_received"}
LABELS = {
    "kind": "kind accuracy",
    "start": "start instant",
    "company": "company",
    "contact": "contact address",
    "interviewers": "interviewers (exact set)",
}
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)
SHORT = {
    "interview_scheduled": "sched", "interview_rescheduled": "resch", "interview_cancelled": "cancl",
    "application_received": "appl", "rejection": "rejct", "offer": "offer", "none": "none",
}  # fmt: skip
# Words an ATS, job board or careers mailbox puts in a display name instead of the employer's name.
_HOSTING_WORDS = re.compile(r"\b(?:jobs?|careers?|talent|recruit\w*|hiring|team|hr|notifications?|no-?reply)\b", re.I)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\([^)]*\)|\d[\d:.+-]*")


class Diagnostics:
    """Counts of what kind of error each miss is; never a message name or a piece of its text."""

    def __init__(self) -> None:
        self.confusion: dict[tuple[str, str], int] = {}
        self.cells: dict[tuple[str, str], dict[str, int]] = {}
        self.start: dict[str, int] = {}
        self.company: dict[str, int] = {}
        self.contact: dict[str, int] = {}
        self.people: dict[str, int] = {}

    @staticmethod
    def _bump(counts: dict[str, int], key: str, by: int = 1) -> None:
        counts[key] = counts.get(key, 0) + by

    def kind(self, want: str, got: str, evidence: list[str]) -> None:
        self.confusion[(want, got)] = self.confusion.get((want, got), 0) + 1
        if want == got:
            return
        rules = self.cells.setdefault((want, got), {})
        for line in evidence:
            # Keep the rule's own words; drop quoted mail text, names in brackets and numbers.
            head, sep, rest = str(line).partition(":")
            rule = f"{head}:" if sep and ("'" in rest or '"' in rest) else _QUOTED.sub("…", str(line))
            self._bump(rules, rule[:90])

    def start_miss(self, want: str, got: str | None, kind_ok: bool) -> None:
        if not kind_ok:
            self._bump(self.start, "wrong kind")
            return
        if got is None:
            self._bump(self.start, "no start found")
            return
        w, g = datetime.fromisoformat(want), datetime.fromisoformat(got)
        if w.replace(tzinfo=None) == g.replace(tzinfo=None):
            self._bump(self.start, "same wall-clock, other zone/offset")
        elif w.date() != g.astimezone(w.tzinfo).date():
            same_clock = w.time() == g.astimezone(w.tzinfo).time()
            self._bump(self.start, "wrong day, right time" if same_clock else "wrong day and time")
        else:
            self._bump(self.start, "right day, wrong time")

    def company_miss(self, want: str | None, got: str | None, kind_ok: bool) -> None:
        self._bump(self.company, "(of which the kind was wrong)", not kind_ok)
        w, g = _norm(want), _norm(got)
        if w is None:
            self._bump(self.company, "a name where the label has none")
        elif g is None:
            self._bump(self.company, "none found")
        elif _HOSTING_WORDS.search(g) or any(s.name.casefold() == g for s in _SENDERS):
            self._bump(self.company, "a hosting/job-board/careers name")
        elif g in w:
            self._bump(self.company, "part of the label (too short)")
        elif w in g:
            self._bump(self.company, "the label plus more (too long)")
        else:
            self._bump(self.company, "another name")

    def contact_miss(self, want: str | None, got: str | None, kind_ok: bool) -> None:
        self._bump(self.contact, "(of which the kind was wrong)", not kind_ok)
        if want is None:
            key = "a robot where none is known" if is_robot_address(got) else "a person where none is known"
        elif got is None:
            key = "none found"
        elif is_robot_address(got) or known_sender(got):
            key = "a robot or ATS address"
        elif domain_of(got) == domain_of(want):
            key = "another address at the same domain"
        else:
            key = "an address at another domain"
        self._bump(self.contact, key)

    def people_miss(self, want: set[str], got: set[str], kind_ok: bool) -> None:
        self._bump(self.people, "(of which the kind was wrong)", not kind_ok)
        missed, extra = want - got, got - want
        self._bump(self.people, "misses with some missed", bool(missed))
        self._bump(self.people, "misses with some extra", bool(extra))
        self._bump(self.people, "people missed", len(missed))
        self._bump(self.people, "people extra", len(extra))
        self._bump(self.people, "  missed that are addresses", sum("@" in p for p in missed))
        self._bump(self.people, "  extra that are robots", sum("@" in p and is_robot_address(p) for p in extra))
        self._bump(self.people, "  extra that are name-only", sum("@" not in p for p in extra))
        names = [p for p in extra if "@" not in p]
        unresolved = sum(any(token in m.split("@")[0] for token in p.split()) for p in names for m in missed)
        self._bump(self.people, "  an extra name-only entry naming a missed address", unresolved)
        self._bump(self.people, "  all missed (none found)", not got)

    def lines(self) -> list[str]:
        out = ["diagnostics (counts only):", "  kind confusion, expected (rows) x detected (columns):"]
        out.append("    " + " " * 7 + "".join(f"{SHORT[k]:>6}" for k in KINDS))
        for want in KINDS:
            row = [self.confusion.get((want, got), 0) for got in KINDS]
            if any(row):
                out.append(f"    {SHORT[want]:<7}" + "".join(f"{n or '.':>6}" for n in row))
        for (want, got), rules in sorted(self.cells.items()):
            n = self.confusion[(want, got)]
            out.append(f"  {want} -> {got} ({n}): rules in their evidence")
            for rule, count in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0])):
                out.append(f"    {count:3}  {rule}")
        for label, counts in (
            ("start", self.start), ("company", self.company), ("contact", self.contact),
            ("interviewers", self.people),
        ):  # fmt: skip
            if counts:
                out.append(f"  {label} misses:")
                out += [f"    {n:3}  {key}" for key, n in counts.items()]
        return out


def run(raw: bytes, name: str = "message.eml") -> dict[str, Any]:
    event: dict[str, Any] = detect_event(parse_message(raw, name), owner_email=OWNER, owner_zone=OWNER_ZONE).to_json()
    return event


def load(split: str) -> list[tuple[str, bytes, dict[str, Any]]]:
    folder = CORPUS / split
    return [
        (eml.stem, eml.read_bytes(), json.loads(eml.with_suffix(".expected.json").read_text()))
        for eml in sorted(folder.glob("*.eml"))
    ]


# Every legal form the corpus's mail writes, in the spellings mail uses, from each country it
# comes from: the same list the docstring describes ("a trailing legal form"), not a subset.
_LEGAL_FORM = re.compile(
    r"[\s,]+(inc\.?|incorporated|corp\.?|corporation|llc|l\.l\.c\.|llp|ltd\.?|limited|plc|gmbh|ag|kg|se|"
    r"s\.a\.|sa|s\.a\.s\.|sas|s\.l\.|sl|s\.p\.a\.|spa|sarl|b\.v\.|bv|n\.v\.|nv|ab|as|a/s|aps|oy|kft\.?|"
    r"s\.r\.l\.|srl|sp\. z o\.o\.|pvt\.?|pty\.?|pte\.?|co\.?)$"
)


def _norm(text: str | None) -> str | None:
    """Case-fold, collapse white space and drop trailing legal forms ("Pvt. Ltd." is two)."""
    if not text:
        return None
    name = " ".join(text.casefold().split())
    while (shorter := _LEGAL_FORM.sub("", name)) != name:
        name = shorter
    return name


def _people(event: dict[str, Any]) -> set[str]:
    return {(p.get("email") or p.get("name") or "").casefold() for p in event.get("interviewers") or []}


def _same_instant(got: str | None, want: str) -> bool:
    return got is not None and datetime.fromisoformat(got) == datetime.fromisoformat(want)


class Tally:
    """Hits over a denominator, with the names of the misses."""

    def __init__(self) -> None:
        self.hits = 0
        self.total = 0
        self.misses: list[str] = []

    def add(self, ok: bool, name: str, detail: str = "") -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(f"{name}: {detail}" if detail else name)

    def line(self, label: str) -> str:
        share = self.hits / self.total if self.total else float("nan")
        return f"  {label:<34} {share:6.3f}  ({self.hits}/{self.total})"


def measure(items: list[tuple[str, bytes, dict[str, Any]]]) -> tuple[list[str], dict[str, Tally]]:
    """Run detection over the items; return printable lines (figures, then diagnostics) and the field tallies."""
    diag = Diagnostics()
    truth: list[str] = []
    guess: list[str] = []
    confidences: list[tuple[float, bool]] = []
    flagged: dict[bool, list[bool]] = {True: [], False: []}
    fields = {k: Tally() for k in ("kind", "start", "company", "contact", "interviewers")}
    errors: list[str] = []
    none_as_eventful: list[str] = []
    none_as_any: list[str] = []
    booking_hit = booking_total = booking_false = 0
    for name, raw, exp in items:
        event = run(raw, f"{name}.eml")
        want, got = exp["kind"], event["kind"]
        truth.append(want)
        guess.append(got)
        fields["kind"].add(want == got, name, f"{want} -> {got}")
        diag.kind(want, got, event.get("evidence") or [])
        confidences.append((float(event.get("confidence") or 0.0), want == got))
        if "uncertain" in event:
            flagged[bool(event["uncertain"])].append(want == got)
        if any(str(line).startswith("error:") for line in event.get("evidence") or []):
            errors.append(name)
        if want == "none":
            if got in EVENTFUL:
                none_as_eventful.append(f"{name} -> {got}")
            if got != "none":
                none_as_any.append(f"{name} -> {got}")
        if exp.get("booking_requested"):
            booking_total += 1
            booking_hit += bool(event.get("booking_requested"))
        elif event.get("booking_requested"):
            booking_false += 1
        if want == "none":
            continue
        if want in {"interview_scheduled", "interview_rescheduled"} and exp.get("start"):
            start = event["interview"]["start"] if event.get("interview") and got == want else None
            fields["start"].add(_same_instant(start, exp["start"]), name, f"{exp['start']} -> {start}")
            if not _same_instant(start, exp["start"]):
                found = event["interview"]["start"] if event.get("interview") else None
                diag.start_miss(exp["start"], found, got == want)
        fields["company"].add(
            _norm(event.get("company")) == _norm(exp.get("company")),
            name,
            f"{exp.get('company')!r} -> {event.get('company')!r}",
        )
        if _norm(event.get("company")) != _norm(exp.get("company")):
            diag.company_miss(exp.get("company"), event.get("company"), got == want)
        got_contact = ((event.get("contact") or {}).get("email") or "").casefold() or None
        want_contact = (exp.get("contact") or "").casefold() or None
        fields["contact"].add(got_contact == want_contact, name, f"{want_contact} -> {got_contact}")
        if got_contact != want_contact:
            diag.contact_miss(want_contact, got_contact, got == want)
        if want.startswith("interview_"):
            want_people = {p.casefold() for p in exp.get("interviewers") or []}
            got_people = _people(event)
            fields["interviewers"].add(
                got_people == want_people, name, f"{sorted(want_people)} -> {sorted(got_people)}"
            )
            if got_people != want_people:
                diag.people_miss(want_people, got_people, got == want)

    out = [f"{'kind':<24} {'prec':>6} {'recall':>6} {'F1':>6}  (TP/predicted, TP/expected)"]
    f1s: list[float] = []
    for kind in KINDS:
        tp = sum(t == kind and g == kind for t, g in zip(truth, guess, strict=True))
        predicted = sum(g == kind for g in guess)
        expected = sum(t == kind for t in truth)
        if not predicted and not expected:
            continue
        precision = tp / predicted if predicted else 0.0
        recall = tp / expected if expected else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        out.append(f"{kind:<24} {precision:6.3f} {recall:6.3f} {f1:6.3f}  ({tp}/{predicted}, {tp}/{expected})")
    out.append(f"kind macro-F1: {sum(f1s) / len(f1s) if f1s else float('nan'):.3f} over {len(f1s)} kinds")
    out.append("fields:")
    for key, tally in fields.items():
        out.append(tally.line(LABELS[key]))
    out.append(f"non-events taken as interview/application: {len(none_as_eventful)} of {truth.count('none')}")
    out.append(f"non-events taken as any job event: {len(none_as_any)} of {truth.count('none')}")
    out.append(f"booking requests flagged: {booking_hit} of {booking_total}; other mail flagged: {booking_false}")
    # Errors are named even on frozen: they are bugs to fix, not a score to tune.
    named = f"  [{', '.join(errors)}]" if errors else ""
    out.append(f"events with an error: evidence line: {len(errors)}{named}")
    for mark, label in ((True, "marked uncertain"), (False, "not marked uncertain")):
        if flagged[True] or flagged[False]:
            right = flagged[mark]
            share = f"{sum(right) / len(right):.3f}" if right else "n/a"
            out.append(f"events {label}: {len(right)}, kind right in {share}")
    out.append("calibration (confidence bin: events, mean confidence, observed kind accuracy):")
    for low, high in itertools.pairwise(BINS):
        chosen = [(c, ok) for c, ok in confidences if low <= c < high]
        if chosen:
            mean = statistics.fmean(c for c, _ in chosen)
            acc = sum(ok for _, ok in chosen) / len(chosen)
            out.append(
                f"  [{low:.2f}, {min(high, 1.0):.2f}{']' if high > 1 else ')'}  {len(chosen):4}  {mean:.3f}  {acc:.3f}"
            )
    out += diag.lines()
    return out, fields


def throughput(corpus: list[bytes], seconds: float) -> tuple[float, float]:
    """Return (median, best) messages per CPU-second over repeated passes of parse + detect."""
    cpu: list[float] = []
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or len(cpu) < 3:
        # Parse and detect only (no JSON of the Event), in this one thread: its CPU time.
        c = time.thread_time()
        for raw in corpus:
            detect_event(parse_message(raw, "message.eml"), owner_email=OWNER, owner_zone=OWNER_ZONE)
        cpu.append(len(corpus) / max(time.thread_time() - c, 1e-9))
    return statistics.median(cpu), max(cpu)


def hostile() -> dict[str, bytes]:
    head = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: hostile\r\nDate: Tue, 01 Dec 2026 09:00:00 +0000\r\n"
    mime = b"MIME-Version: 1.0\r\n"
    attachment = b"A" * (20 * 1024 * 1024)
    big = (
        head + mime + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        b"Your interview is confirmed for Tuesday, December 8 at 3pm ET.\r\n--b\r\n"
        b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b"\r\n".join(attachment[i : i + 76] for i in range(0, len(attachment), 76))
        + b"\r\n--b--\r\n"
    )
    nested = head + mime + b"Content-Type: text/html\r\n\r\n" + b"<div>" * 100_000 + b"interview" + b"</div>" * 100_000
    parts = b"".join(
        b"--b\r\nContent-Type: text/plain\r\n\r\npart %d: interview on December 8 at 3pm\r\n" % i for i in range(1000)
    )
    many = head + mime + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    header = head + b"X-Long: " + b"x" * (1024 * 1024) + b"\r\n" + mime + b"Content-Type: text/plain\r\n\r\nhello\r\n"
    return {"20 MB attachment": big, "100,000 nested tags": nested, "1,000 MIME parts": many, "1 MB header": header}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=("frozen", "dev"), default="frozen", help="which split to measure (default: frozen)"
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to run the throughput loop")
    parser.add_argument(
        "--show-misses", action="store_true", help="list each miss (use on dev only: frozen stays unseen)"
    )
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile-mail bounds")
    args = parser.parse_args()
    if args.show_misses and args.split == "frozen":
        parser.error(
            "--show-misses is for the dev split: the frozen split's misses stay unseen so nobody tunes on them"
        )
    items = load(args.split)
    if not items:
        print(f"no messages under {CORPUS / args.split}", file=sys.stderr)
        return 1
    kinds = {k: sum(e["kind"] == k for _, _, e in items) for k in KINDS}
    sources = sum(e.get("source", "own") != "own" for _, _, e in items)
    print(f"split {args.split}: {len(items)} messages ({sources} built on public ATS/HR templates); "
          + ", ".join(f"{k} {n}" for k, n in kinds.items()))  # fmt: skip
    lines, fields = measure(items)
    print("\n".join(lines))
    if args.show_misses:
        for key, tally in fields.items():
            for miss in tally.misses:
                print(f"  miss {key}: {miss}")
    raws = [raw for _, raw, _ in items]
    for raw in raws[:10]:
        run(raw)  # warm regex and zone caches before timing
    median, best = throughput(raws, args.seconds)
    print(f"speed: {median:,.0f} messages per CPU-second (median pass; best {best:,.0f}), parse + detect, one core")
    if not args.no_hostile:
        for name, raw in hostile().items():
            started = time.process_time()
            event = run(raw)
            elapsed = time.process_time() - started
            tracemalloc.start()
            run(raw)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            ok = elapsed < 1.0 and peak < 200 * 1024 * 1024
            verdict = "ok" if ok else "OVER BOUND"
            print(f"hostile {name}: {elapsed:.3f} s CPU, peak {peak / 2**20:.1f} MB, kind {event['kind']} {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
