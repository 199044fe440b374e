"""`scrapy crawl`, ending a bad command or file with one line and its exit code, no traceback."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from scrapy.commands import crawl
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError

from crawler.errors import ABORT_STAT, explain, report


class Command(crawl.Command):
    """Scrapy's crawl command; a run stopped by a bad argument, archive or capture file (before
    or during the crawl) prints its one line last on stderr and exits with its code."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        outcome = self.crawler_process.crawl(crawler, **opts.spargs)
        failures: list[BaseException] = []
        if not isinstance(outcome, asyncio.Future):  # a Deferred, under Twisted's own reactor
            outcome.addErrback(lambda failure: failures.append(failure.value))
        self.crawler_process.start()
        if isinstance(outcome, asyncio.Future) and outcome.done() and not outcome.cancelled():
            failures += [outcome.exception()] if outcome.exception() else []
        self.exitcode = self.exit_code(crawler, failures)

    def exit_code(self, crawler: Crawler, failures: list[Any]) -> int:
        """0, or the code of the problem that stopped the crawl (printed on stderr)."""
        archive = Path(crawler.settings.get("ARCHIVE_DB"))
        for failure in failures:
            problem = explain(failure, archive)
            if problem is None:
                raise failure
            return report(problem)
        aborted = crawler.stats.get_value(ABORT_STAT) if crawler.stats else None
        if aborted:
            return report(aborted)
        return 1 if self.crawler_process.bootstrap_failed else 0
