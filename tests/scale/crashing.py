"""Workers that really die, for the crash tests: a marker in a document's text kills the process coding it.

`crashing()` wraps `Coder.code_articles` so that, in a worker process (never in the process that
installed it, the test itself), a document whose text holds `KILL_ALWAYS` sends SIGKILL to its own
process (what the kernel's out-of-memory killer does), and one holding `SEGFAULT_ONCE` segfaults
the first time any worker reaches it (a flag file in `flag_dir` remembers that it happened).
The local engine's workers are forked after the test puts it in place; Ray actors run it through
Ray's `worker_process_setup_hook` (`install_from_environment`). Production code has no hook.

`deadline(seconds)` turns a hang into a failure: SIGALRM interrupts the test's main thread.
"""

from __future__ import annotations

import faulthandler
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from communique.model import Article
from communique.pipeline import Coder

KILL_ALWAYS = "KILLS-ITS-WORKER"
SEGFAULT_ONCE = "SEGFAULTS-ONE-WORKER"
FLAG_ENV = "COMMUNIQUE_TEST_CRASH_FLAGS"


class Hang(Exception):
    """The code under test did not finish in time."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds:g}s: the engine hangs")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _die_on_markers(articles: Iterable[Article], flag_dir: Path, spare_pid: int | None) -> Iterator[Article]:
    for article in articles:
        if os.getpid() != spare_pid:
            if KILL_ALWAYS in article.text:
                os.kill(os.getpid(), signal.SIGKILL)
            flag = flag_dir / f"segfault-{article.doc_id}"
            if SEGFAULT_ONCE in article.text and not flag.exists():
                flag.touch()
                faulthandler.disable()  # a plain crash, without a traceback on stderr
                faulthandler._sigsegv()  # type: ignore[attr-defined]  # CPython test helper: a real SIGSEGV
        yield article


def crashing(
    flag_dir: Path, spare_pid: int | None = None
) -> Callable[[Coder, Iterable[Article]], Iterator[Article]]:
    """A `Coder.code_articles` whose process dies on the markers, except in `spare_pid` (the test's own)."""
    original = Coder.code_articles

    def code_articles(self: Coder, articles: Iterable[Article]) -> Iterator[Article]:
        return original(self, _die_on_markers(articles, flag_dir, spare_pid))

    return code_articles


def install_from_environment() -> None:
    """Ray's worker_process_setup_hook: every actor of the test's cluster dies on the markers."""
    Coder.code_articles = crashing(Path(os.environ[FLAG_ENV]))  # type: ignore[method-assign,assignment]
