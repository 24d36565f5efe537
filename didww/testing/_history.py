"""DID history: kept for 90 days; a time filter reaching back further is refused."""

from __future__ import annotations

import datetime as dt

from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._filtering import parse_instant
from didww.testing._flows import Flow
from didww.testing._query import Query

RETENTION_DAYS = 90
"""How long the API keeps DID history entries."""

WINDOW_FILTERS = {
    "2026-04-16": ("created_at_gteq",),
    "2026-10-22": ("created_at_gteq", "created_at_lteq"),
}
"""The filters each version's document says are refused before the retention window (2026-04-16
names only the lower bound)."""


class DIDHistoryFlow(Flow):
    """Lists refuse a time filter older than the retention window with a 400."""

    def check_list(self, ctx: Context, query: Query) -> None:
        oldest = dt.datetime.fromtimestamp(ctx.now, dt.timezone.utc) - dt.timedelta(
            days=RETENTION_DAYS
        )
        for key in WINDOW_FILTERS.get(ctx.schema.api_version, WINDOW_FILTERS["2026-10-22"]):
            for value in query.filters.get(key, ()):
                instant = parse_instant(value)
                if instant is not None and instant < oldest:
                    raise err.bad_request(
                        f"filter[{key}] {value} is before the {RETENTION_DAYS} days DID history "
                        "is kept for.",
                        err.INVALID_FILTER_VALUE,
                        title="Invalid filter value",
                    )
