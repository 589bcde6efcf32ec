"""Discord-like rate limits for the fake: per-route buckets plus a global per-second cap."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

# Route templates whose bucket is shared per top-level resource (Discord's "major parameters").
MAJOR_PARAMS = ("channel_id", "guild_id", "webhook_id", "interaction_id")


def default_per_route() -> dict[str, tuple[int, float]]:
    # Message sends are 5 per 5 s per channel on Discord; everything else gets a roomy default.
    return {"POST /channels/{channel_id}/messages": (5, 5.0)}


@dataclass
class RateLimits:
    """``fake.rate_limits = RateLimits(...)`` switches limits on (they are off by default).

    ``per_route`` maps ``"METHOD /template"`` to ``(limit, window_seconds)``; ``default_route``
    applies to routes not listed (None: unlimited apart from the global cap)."""

    global_per_second: int | None = 50
    per_route: dict[str, tuple[int, float]] = field(default_factory=default_per_route)
    default_route: tuple[int, float] | None = None
    # Interaction callbacks are not subject to the global limit on Discord.
    exempt_from_global: tuple[str, ...] = ("POST /interactions/{interaction_id}/{interaction_token}/callback",)


@dataclass
class _Bucket:
    limit: int
    window: float
    reset_at: float = 0.0
    used: int = 0


class RateLimiter:
    def __init__(self, config: RateLimits, clock: Any = time.monotonic) -> None:
        self.config = config
        self.clock = clock
        self.buckets: dict[str, _Bucket] = {}
        self.global_window_start = 0.0
        self.global_used = 0

    def check(self, method: str, template: str, params: dict[str, str]) -> tuple[dict[str, str], dict[str, Any] | None]:
        """Returns (headers, error_body_or_None). A non-None body means answer 429."""
        now = self.clock()
        key = f"{method} {template}"
        cfg = self.config
        if cfg.global_per_second is not None and key not in cfg.exempt_from_global:
            if now - self.global_window_start >= 1.0:
                self.global_window_start, self.global_used = now, 0
            if self.global_used >= cfg.global_per_second:
                retry = max(0.001, 1.0 - (now - self.global_window_start))
                headers = {
                    "Retry-After": str(max(1, round(retry))),
                    "X-RateLimit-Global": "true",
                    "X-RateLimit-Scope": "global",
                }
                return headers, {"message": "You are being rate limited.", "retry_after": round(retry, 3),
                                 "global": True}
            self.global_used += 1
        limit = cfg.per_route.get(key, cfg.default_route)
        if limit is None:
            return {}, None
        major = ":".join(params.get(p, "") for p in MAJOR_PARAMS)
        bucket_id = hashlib.sha1(key.encode()).hexdigest()[:16]
        bucket = self.buckets.get(f"{bucket_id}:{major}")
        if bucket is None or now >= bucket.reset_at:
            bucket = _Bucket(limit=limit[0], window=limit[1], reset_at=now + limit[1])
            self.buckets[f"{bucket_id}:{major}"] = bucket
        reset_after = max(0.001, bucket.reset_at - now)
        headers = {
            "X-RateLimit-Limit": str(bucket.limit),
            "X-RateLimit-Bucket": bucket_id,
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        }
        if bucket.used >= bucket.limit:
            headers["X-RateLimit-Remaining"] = "0"
            headers["X-RateLimit-Scope"] = "user"
            headers["Retry-After"] = str(max(1, round(reset_after)))
            return headers, {"message": "You are being rate limited.", "retry_after": round(reset_after, 3),
                             "global": False}
        bucket.used += 1
        headers["X-RateLimit-Remaining"] = str(bucket.limit - bucket.used)
        return headers, None
