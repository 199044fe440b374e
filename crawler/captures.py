"""Raw captures: responses kept as records in gzipped WARC files that rotate by size."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.errors import EXIT_DAMAGED, RESTORE, BadInput

# A WARC file is closed and a new one started once it passes this size
WARC_MAX_BYTES = 100 * 1024 * 1024
# Name of the n-th WARC file of a store, e.g. "captures-00001.warc.gz"
WARC_NAME = "captures-{:05d}.warc.gz"
# What reading a damaged or cut-short WARC record raises
DAMAGED_RECORD = (ArchiveLoadFailed, zlib.error, EOFError, StopIteration, ValueError)
# Headers that describe the bytes on the wire, not the decoded body a record keeps
TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class Capture:
    """Where one response lies in the WARC files, and what it was."""

    url: str
    warc_file: str
    offset: int
    length: int
    sha256: str
    status: int
    content_type: str | None
    fetched_at: str


@dataclass(frozen=True)
class Stored:
    """A response read back from a WARC file."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class WarcStore:
    """Appends responses to the newest WARC file of a folder, one gzip member per record."""

    def __init__(self, directory: Path, max_bytes: int = WARC_MAX_BYTES) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        directory.mkdir(parents=True, exist_ok=True)
        existing = sorted(directory.glob(WARC_NAME.replace("{:05d}", "*")))
        self.number = len(existing) or 1

    def current(self) -> Path:
        """The file the next record goes to, moving on to a new one when this one is full."""
        path = self.directory / WARC_NAME.format(self.number)
        if path.exists() and path.stat().st_size >= self.max_bytes:
            self.number += 1
            path = self.directory / WARC_NAME.format(self.number)
        return path

    def write(
        self,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        fetched_at: str,
        original: tuple[str, str] | None = None,
    ) -> Capture:
        """Appends one response record and says where it went; for a response whose payload is
        that of an earlier capture, original (its URL and fetch time), a revisit record instead
        (identical-payload-digest profile: headers, no second copy of the payload)."""
        path = self.current()
        kept = [(k, v) for k, v in headers if k.lower() not in TRANSPORT_HEADERS]
        http_headers = StatusAndHeaders(f"{status} -", kept, protocol="HTTP/1.1")
        dated = {"WARC-Date": warc_date(fetched_at)}
        handle = path.open("ab")
        offset = handle.tell()
        try:
            writer = WARCWriter(handle, gzip=True)
            if original is None:
                record = writer.create_warc_record(
                    url,
                    "response",
                    payload=BytesIO(body),
                    http_headers=http_headers,
                    warc_headers_dict=dated,
                )
            else:
                refers_to, refers_to_date = original[0], warc_date(original[1])
                record = writer.create_revisit_record(
                    url,
                    payload_digest(body),
                    refers_to,
                    refers_to_date,
                    http_headers=http_headers,
                    warc_headers_dict=dated,
                )
            writer.write_record(record)
            length = handle.tell() - offset
            handle.close()
        except OSError:  # a full disk: the record cut short is taken off again
            with contextlib.suppress(OSError):
                handle.close()
            os.truncate(path, offset)
            raise
        content_type = next((v for k, v in headers if k.lower() == "content-type"), None)
        return Capture(
            url=url,
            warc_file=path.name,
            offset=offset,
            length=length,
            sha256=hashlib.sha256(body).hexdigest(),
            status=status,
            content_type=content_type,
            fetched_at=fetched_at,
        )


def warc_date(fetched_at: str) -> str:
    """A fetch time as a WARC-Date: "2024-07-16T09:00:00+07:00" -> "2024-07-16T02:00:00Z"."""
    return datetime.fromisoformat(fetched_at).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def payload_digest(body: bytes) -> str:
    """A payload's WARC-Payload-Digest as warcio writes it: "sha1:" and the base32 SHA-1."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_dir(settings: Any) -> Path:
    """The folder of the raw captures: the WARC_DIR setting, else "warcs" beside the archive."""
    configured = settings.get("WARC_DIR")
    return Path(configured) if configured else Path(settings.get("ARCHIVE_DB")).parent / "warcs"


def read_capture(directory: Path, warc_file: str, offset: int) -> Stored:
    """The response stored at offset in a WARC file of the folder (for a revisit record, its
    headers and an empty body: the payload lies in the record it revisits); raises BadInput
    when the record there is damaged or cut short."""
    path = directory / warc_file
    with path.open("rb") as handle:
        handle.seek(offset)
        try:
            record = next(iter(ArchiveIterator(handle)))
            http = record.http_headers
            return Stored(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                status=int(http.get_statuscode()),
                headers=list(http.headers),
                body=record.content_stream().read(),
            )
        except DAMAGED_RECORD as error:
            why = str(error) or type(error).__name__
            raise BadInput(
                f"the raw capture at byte {offset:,} of {path} cannot be read ({why}); {RESTORE}",
                EXIT_DAMAGED,
            ) from None
