"""The one clock of the crawler: every "now" and "today" it writes comes from here."""

from __future__ import annotations

import datetime

# Vietnam keeps +07:00 all year (no daylight saving)
VN_TZ = datetime.timezone(datetime.timedelta(hours=7), "Asia/Ho_Chi_Minh")


def now() -> str:
    """The current time in Vietnam, ISO 8601 to the second: "2025-07-01T06:00:00+07:00"."""
    return datetime.datetime.now(VN_TZ).isoformat(timespec="seconds")


def today() -> datetime.date:
    """Today's date in Vietnam."""
    return datetime.datetime.now(VN_TZ).date()
