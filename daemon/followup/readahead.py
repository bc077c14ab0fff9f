"""Reading mail ahead of its handling, in a worker thread, within bounds of count and bytes."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

from followup.source import FetchedMail

_END = object()


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def read_ahead(mails: Iterator[FetchedMail], depth: int, max_bytes: int) -> Iterator[FetchedMail]:
    """Iterate `mails` in a worker thread, a bounded queue ahead of the caller.

    The next read travels while the store commits the previous messages (SQLite and file or
    socket reads release the GIL), so a first sync costs about as much as the slower of the two
    rather than their sum. The read-ahead is bounded in messages (`depth`) and in bytes
    (`max_bytes`), so memory stays flat whatever the folder and message sizes. Faults of the
    fetch are re-raised here, in order, after the messages fetched before them.
    """
    buffer: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    budget = threading.Condition()
    held = [0]

    def put(item: object) -> bool:
        size = len(item.raw) if isinstance(item, FetchedMail) else 0
        with budget:
            while held[0] and held[0] + size > max_bytes and not stop.is_set():
                budget.wait(0.1)
            held[0] += size
        while not stop.is_set():
            try:
                buffer.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for mail in mails:
                if not put(mail):
                    return
            put(_END)
        except BaseException as exc:
            put(_Failed(exc))
        finally:
            close = getattr(mails, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=work, name="followup-fetch", daemon=True)
    worker.start()
    try:
        while True:
            item = buffer.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.exc
            assert isinstance(item, FetchedMail)
            with budget:
                held[0] -= len(item.raw)
                budget.notify()
            yield item
    finally:
        stop.set()
        worker.join()
