"""Commands that list what is tracked and sent: interviews, applications, followups, pending,
history, stats, export.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from itertools import chain, islice
from datetime import datetime
from typing import Any, NamedTuple

from followup.cli.common import EXIT_OK, fmt_time, load, print_json, print_json_items, query, with_store
from followup.clock import SystemClock
from followup.model import FollowUpState, Person
from followup import report
from followup.store import Store


def cmd_interviews(args: argparse.Namespace) -> int:
    if args.json and args.limit is None:
        return stream(args, lambda st: (report.interview_json(i) for i in st.each_interview(since=args.since)))
    config, interviews = query(args, lambda st: st.interviews(limit=args.limit, since=args.since))
    if args.json:
        print_json_items(report.interview_json(i) for i in interviews)
        return EXIT_OK
    if not interviews:
        print(f"no interviews tracked since {fmt_time(args.since, config.owner.timezone)}" if args.since
              else "no interviews tracked yet")
    zone = config.owner.timezone
    for iv in interviews:
        when = fmt_time(iv.time.start, zone) if iv.time else "time unknown"
        people = ", ".join(p.name or p.email or "?" for p in iv.interviewers) or "no interviewers named"
        print(f"#{iv.id} {report.title(iv.company, iv.role)}: {iv.state.value}, {when}; with {people}")
        for q in iv.questions:
            print(f"    question: {q}")
    return EXIT_OK


def cmd_applications(args: argparse.Namespace) -> int:
    if args.json and args.limit is None:
        return stream(args, lambda st: (report.application_json(a) for a in st.each_application(since=args.since)))
    config, apps = query(args, lambda st: st.applications(limit=args.limit, since=args.since))
    if args.json:
        print_json_items(report.application_json(a) for a in apps)
        return EXIT_OK
    if not apps:
        print(f"no applications tracked since {fmt_time(args.since, config.owner.timezone)}" if args.since
              else "no applications tracked yet")
    for a in apps:
        received = fmt_time(a.received, config.owner.timezone)
        print(f"#{a.id} {report.title(a.company, a.role)}: {a.state.value}, received {received}")
    return EXIT_OK


def _print_followup(fu: Any, zone: str, full: bool, expires_at: datetime | None = None) -> None:
    to = f"{fu.recipient.name} <{fu.recipient.email}>" if fu.recipient.name else fu.recipient.email
    owner = f"interview #{fu.interview_id}" if fu.interview_id else f"application #{fu.application_id}"
    expiry = f", expires {fmt_time(expires_at, zone)} unless approved" if expires_at is not None else ""
    print(f"#{fu.id} [{fu.state.value}] {fu.rule} -> {to}, {owner}, send at {fmt_time(fu.send_at, zone)}{expiry}")
    if fu.last_error:
        print(f"    why: {fu.last_error}")
    if fu.fallback:
        print(f"    fallback: {fu.fallback}")
    if full:
        print(f"    Subject: {fu.subject or ''}")
        for line in (fu.body or "").splitlines():
            print(f"    | {line}")
        print()


def cmd_followups(args: argparse.Namespace) -> int:
    if args.json and args.limit is None:
        return stream(
            args, lambda st: (report.followup_json(f) for f in st.each_followup(args.state, since=args.since))
        )
    config, items = query(args, lambda st: st.followups(args.state, limit=args.limit, since=args.since))
    if args.json:
        print_json_items(report.followup_json(f) for f in items)
        return EXIT_OK
    if not items:
        print("no follow-ups" + (f" in state {args.state}" if args.state else ""))
    for fu in items:
        _print_followup(fu, config.owner.timezone, full=False)
    return EXIT_OK


def stream(args: argparse.Namespace, items: Callable[[Store], Iterable[Any]]) -> int:
    """Write a whole list as JSON while it is read from the store, a chunk at a time."""
    _, store = with_store(args)
    try:
        print_json_items(items(store))
    finally:
        store.close()
    return EXIT_OK


def cmd_pending(args: argparse.Namespace) -> int:
    from followup.approval.windows import draft_window
    from followup.runtime import Runtime

    config = load(args)
    rt = Runtime(config)  # rules and templates are not needed to list drafts
    now = SystemClock().now()

    def drafts(st: Store) -> list[tuple[Any, datetime]]:
        return [(fu, draft_window(rt, st, fu, now).expires_at)
                for fu in st.followups(FollowUpState.awaiting_approval)]  # fmt: skip

    _, items = query(args, drafts)
    if args.json:
        print_json([report.followup_json(f, extra={"expires_at": at.isoformat()}) for f, at in items])
        return EXIT_OK
    if not items:
        print("nothing awaits your approval")
        return EXIT_OK
    for fu, expires_at in items:
        _print_followup(fu, config.owner.timezone, full=True, expires_at=expires_at)
    print("approve with `followup approve ID` (--edit to change the text first), drop with `followup reject ID`")
    return EXIT_OK


def sent_notes(store: Store, *, limit: int | None = None, since: datetime | None = None) -> list[report.SentNote]:
    """Sent follow-ups with the first reply after each (paired in SQL)."""
    return [
        report.SentNote(report.SentFollowUp(i, rule, Person(name, email), subject, iv, app), at, company, replied)
        for (i, rule, name, email, subject, iv, app), at, company, replied in store.sent_notes(limit=limit, since=since)
    ]


# What `history` shows when asked for no page or window: the most recent notes, so that the
# command stays quick and readable on a store of years; `--all` lists everything.
HISTORY_PAGE = 50


class HistoryPage(NamedTuple):
    notes: list[report.SentNote]
    corrected: list[dict[str, Any]]
    more_notes: int  # left out by the default page
    more_corrected: int


def history_page(
    st: Store, *, limit: int | None = None, since: datetime | None = None, every: bool = False,
    page: int = HISTORY_PAGE,
) -> HistoryPage:
    """The sent notes and corrections `history` lists; without --limit, --since or --all, the
    `page` most recent of each, with how many more there are."""
    paged = limit is None and since is None and not every
    if paged:
        limit = page
    corrected = _corrections(st, since)
    shown = corrected[-limit:] if limit else corrected
    notes = sent_notes(st, limit=limit, since=since)
    more = st.sent_count() - len(notes) if paged and len(notes) == limit else 0
    return HistoryPage(notes, shown, more, len(corrected) - len(shown) if paged else 0)


def cmd_history(args: argparse.Namespace) -> int:
    if args.all or (args.since is not None and args.limit is None):
        return _history_in_full(args)
    config, found = query(args, lambda st: history_page(st, limit=args.limit, since=args.since, every=args.all))
    notes, corrected = found.notes, found.corrected
    hidden = [report.count(found.more_notes, "earlier sent note")] if found.more_notes else []
    hidden += [report.count(found.more_corrected, "earlier correction")] if found.more_corrected else []
    footer = (
        f"{' and '.join(hidden)} not shown: `followup history --all` lists everything "
        "(or choose with --limit N, --since ISO)"
    )
    if args.json:
        print_json_items([*report.history_json(notes), *(report.correction_json(c) for c in corrected)])
        if hidden:
            print(footer, file=sys.stderr)
        return EXIT_OK
    zone = config.owner.timezone
    _print_corrections(corrected, zone)
    if not notes:
        print(f"nothing sent since {fmt_time(args.since, zone)}" if args.since else "nothing sent yet")
    for n in notes:
        print(_history_line(n.sent_at, n.company, n.followup.rule, n.followup.recipient.email, n.replied_at, zone))
    if hidden:
        print(footer)
    return EXIT_OK


def _history_in_full(args: argparse.Namespace) -> int:
    """`history --all` (or --since without a limit): every note, written while it is read from
    the store, from plain values (a list of years holds no object per note)."""
    config, store = with_store(args)
    try:
        corrected = _corrections(store, args.since)
        rows = store.each_sent_note(since=args.since)
        if args.json:
            notes = (
                report.history_item(
                    r.id, r.rule, r.recipient_email, r.recipient_name, r.company, r.subject,
                    r.sent_at, r.replied_at, r.interview_id, r.application_id,
                )
                for r in rows
            )
            print_json_items(chain(notes, (report.correction_json(c) for c in corrected)))
            return EXIT_OK
        zone = config.owner.timezone
        _print_corrections(corrected, zone)
        parse, out, any_sent = datetime.fromisoformat, sys.stdout, False
        while chunk := list(islice(rows, LINES_AT_ONCE)):
            any_sent = True
            lines = (
                _history_line(
                    parse(r.sent_at), r.company, r.rule, r.recipient_email,
                    parse(r.replied_at) if r.replied_at else None, zone,
                )
                for r in chunk
            )
            out.write("\n".join(lines) + "\n")
        if not any_sent:
            print(f"nothing sent since {fmt_time(args.since, zone)}" if args.since else "nothing sent yet")
    finally:
        store.close()
    return EXIT_OK


# Lines written at a time by a long listing.
LINES_AT_ONCE = 500


def _corrections(st: Store, since: datetime | None) -> list[dict[str, Any]]:
    corrected = st.history_of_kind("corrected")
    return [c for c in corrected if not since or datetime.fromisoformat(c["at"]) >= since]


def _print_corrections(corrected: list[dict[str, Any]], zone: str) -> None:
    for c in corrected:
        about = f"interview #{c['interview_id']}" if c["interview_id"] else f"application #{c['application_id']}"
        print(f"{fmt_time(datetime.fromisoformat(c['at']), zone)}  corrected {about}: {_local_times(c['note'], zone)}")


# A correction's note keeps the times as given (ISO 8601, for --json); people read them in their zone.
_ISO_TIME = re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[+-]\d\d:\d\d|Z)")


def _local_times(note: str, zone: str) -> str:
    return _ISO_TIME.sub(lambda m: fmt_time(datetime.fromisoformat(m.group()), zone), note)


def _history_line(
    sent_at: datetime, company: str | None, rule: str, to: str | None, replied_at: datetime | None, zone: str
) -> str:
    replied = f"replied {fmt_time(replied_at, zone)}" if replied_at else "no reply yet"
    return f"{fmt_time(sent_at, zone)}  {company or 'unknown company'}: {rule} -> {to}; {replied}"


def cmd_stats(args: argparse.Namespace) -> int:
    _config, data = query(
        args, lambda st: report.stats_from_groups(*st.months(), st.sends_by_month(), totals=st.tracked_counts())
    )
    if args.json:
        print_json(data)
        return EXIT_OK
    t = data["totals"]
    rate = f"{t['reply_rate']:.0%}" if t["reply_rate"] is not None else "-"
    median = f"{t['median_hours_to_reply']}h" if t["median_hours_to_reply"] is not None else "-"
    print(f"{report.count(t['applications'], 'application')}, {report.count(t['interviews'], 'interview')}, "
          f"{report.count(t['followups_sent'], 'follow-up')} sent, reply rate {rate}, median time to reply {median}")
    for m in data["months"]:
        rate = f"{m['reply_rate']:.0%}" if m["reply_rate"] is not None else "-"
        print(f"  {m['month']}: {report.count(m['applications'], 'application')}, "
              f"{report.count(m['interviews'], 'interview')}, {m['followups_sent']} sent, reply rate {rate}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from followup.clock import SystemClock

    config, (apps, ivs) = query(args, lambda st: (st.applications(), st.interviews()))
    if args.format == "json":
        print(report.export_json(apps, ivs))
    elif args.format == "csv":
        sys.stdout.write(report.export_csv(apps, ivs))
    else:
        domain = config.owner.email.rsplit("@", 1)[-1]
        sys.stdout.buffer.write(report.export_ics(ivs, SystemClock().now(), domain))
    return EXIT_OK
