"""Contract check: validate recorded REST request bodies against Discord's published OpenAPI spec.

The spec lives outside the repository (``<repo>/../shared/discord-api-spec/openapi.json``, or the path in
``TANDEM_DISCORD_SPEC``). It is loaded once per process and validators are compiled once per operation.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SPEC_URI = "urn:discord-openapi"


def spec_path() -> Path | None:
    """Where the spec is, or None when it is absent."""
    explicit = os.environ.get("TANDEM_DISCORD_SPEC")
    candidates = [Path(explicit)] if explicit else [REPO.parent / "shared" / "discord-api-spec" / "openapi.json"]
    return next((p for p in candidates if p.is_file()), None)


def _absolute_refs(node: Any) -> Any:
    """Rewrite local ``#/...`` refs to ``urn:discord-openapi#/...`` so any subschema validates on its own."""
    if isinstance(node, dict):
        out = {k: _absolute_refs(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = SPEC_URI + ref
        return out
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node


@functools.cache
def _load() -> tuple[dict[str, Any], Any, list[tuple[str, re.Pattern[str], int, str]]]:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    path = spec_path()
    if path is None:
        raise FileNotFoundError("Discord OpenAPI spec not found")
    spec = _absolute_refs(json.loads(path.read_text()))
    # Discord accepts ids as JSON integers too (discord.py sends recipient_id and attachment
    # indexes that way); the spec only lists the string form.
    snowflake = spec["components"]["schemas"]["SnowflakeType"]
    spec["components"]["schemas"]["SnowflakeType"] = {"anyOf": [snowflake, {"type": "integer", "minimum": 0}]}
    registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    index: list[tuple[str, re.Pattern[str], int, str]] = []
    for template in spec["paths"]:
        pattern = re.compile("^" + re.sub(r"\\\{\w+\\\}", r"[^/]+", re.escape(template)) + "$")
        literal = len(re.sub(r"\{\w+\}", "", template))  # prefer /users/@me over /users/{user_id}
        index.append((template, pattern, literal, template))
    index.sort(key=lambda item: -item[2])
    return spec, registry, index


def find_operation(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    spec, _, index = _load()
    path = path.split("?", 1)[0]
    for template, pattern, _, _ in index:
        if pattern.match(path):
            op = spec["paths"][template].get(method.lower())
            if op is not None:
                return template, op
    return None


def _union_validator() -> Any:
    """Draft 2020-12, but ``oneOf`` is checked like ``anyOf``: Discord's unions overlap (a message
    component matches several shapes), which is ambiguity in the spec, not an error in the body."""
    from jsonschema import Draft202012Validator, validators
    from jsonschema._keywords import anyOf

    return validators.extend(Draft202012Validator, {"oneOf": anyOf})


@functools.cache
def _validator(template: str, method: str, content_type: str) -> Any:
    spec, registry, _ = _load()
    body = spec["paths"][template][method.lower()].get("requestBody")
    if body is None:
        return None
    content = body.get("content", {})
    media = content.get(content_type) or content.get("application/json")
    if media is None or "schema" not in media:
        return None
    return _union_validator()(media["schema"], registry=registry)


def _relevant(error: Any) -> Any:
    """The most telling error inside a failed union: skip branches whose discriminating
    ``type`` did not match (Discord's unions are tagged by ``type``) and go deepest."""
    if not error.context:
        return error
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)

    def tagged_miss(errors: list[Any]) -> bool:
        return any(list(e.relative_path)[-1:] == ["type"] and "is not one of" in e.message for e in errors)

    candidates = [errs for errs in branches.values() if not tagged_miss(errs)] or list(branches.values())
    best = max((e for errs in candidates for e in errs), key=lambda e: len(list(e.absolute_path)))
    return _relevant(best)


def _short(error: Any) -> str:
    best = _relevant(error)
    where = "/".join(str(p) for p in best.absolute_path) or "(body)"
    message = best.message if len(best.message) < 200 else best.message[:200] + "..."
    return f"{where}: {message}"


def validate_request(method: str, path: str, body: Any) -> list[str]:
    """Problems with one request body (empty when it matches the spec or the spec has no schema for it)."""
    if body is None:
        return []
    found = find_operation(method, path)
    if found is None:
        return [f"{method} {path}: no such operation in Discord's spec"]
    template, _ = found
    validator = _validator(template, method, "application/json")
    if validator is None:
        return []
    return [f"{method} {template}: {_short(e)}" for e in validator.iter_errors(body)][:5]


def validate_requests(requests: Iterable[Any]) -> list[str]:
    """Validate every recorded request (``RecordedRequest``) that carried a JSON body."""
    problems: list[str] = []
    seen: set[str] = set()
    for rec in requests:
        if rec.route is None or rec.json is None:
            continue
        for problem in validate_request(rec.method, rec.path, rec.json):
            if problem not in seen:
                seen.add(problem)
                problems.append(f"contract: {problem}")
    return problems
