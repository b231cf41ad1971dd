#!/usr/bin/env python3
"""tools/check-meta.py: check META.json against the PGXN Meta Spec 1.0.0.

    python3 tools/check-meta.py [META.json]

Validates with jsonschema (Debian package python3-jsonschema) against the
JSON Schema of the spec that PGXN publishes (tools/pgxn-meta-v1/, copied
unchanged from PGXN's meta repository, schema/v1, under the PostgreSQL
License), with the schema's "path" format checked as PGXN's own validator
does (relative, Unix, no "." or ".." parts).  Then what the schema cannot
know:

- every file that "provides" names exists in the sources (run this on a
  clean tree: a generated file such as the install script must not count);
- META.json's version and the extension's version are default_version of
  productcodes.control (the one place it is written), as SemVer x.y.0, and
  the package's version in debian/changelog is that version (1.1, or 1.1-N).

The schema's "uri" format is checked here too (an absolute URI as RFC 3986
has it): jsonschema checks it only when rfc3987 or rfc3986-validator is
installed, and PGXN's own validator does check it.

Prints each problem and "META.json: valid" or exits non-zero.
"""
import json
import os
import re
import sys
import urllib.parse

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA_DIR = os.path.join(HERE, "pgxn-meta-v1")
BASE = "https://pgxn.org/meta/v1/"


# The schema's patterns are written for PGXN's validator (Rust regex): the
# few classes Python's re lacks, as Python re.  Any other \\p{...} or [[:...:]]
# stops the check, so that a newer schema cannot be half understood.
RUST_CLASSES = [
    ("[[:digit:]]", "[0-9]"),
    ("\\p{lower}", "[^\\W\\d_A-Z]"),
    ("\\p{Space}", "\\s"),
    ("\\p{Cntrl}", "\\x00-\\x1f\\x7f-\\x9f"),
]


def python_pattern(pattern):
    for rust, python in RUST_CLASSES:
        pattern = pattern.replace(rust, python)
    if "\\p{" in pattern or "[[:" in pattern:
        sys.exit(f"check-meta: pattern not understood: {pattern}")
    return pattern


def translate(node):
    if isinstance(node, dict):
        return {k: python_pattern(v) if k == "pattern" and isinstance(v, str) else translate(v)
                for k, v in node.items()}
    if isinstance(node, list):
        return [translate(v) for v in node]
    return node


def load_schemas():
    schemas = {}
    for name in sorted(os.listdir(SCHEMA_DIR)):
        if name.endswith(".schema.json"):
            with open(os.path.join(SCHEMA_DIR, name), encoding="utf-8") as f:
                schema = translate(json.load(f))
            schemas[schema["$id"]] = schema
    return schemas


def path_format(value):
    if not isinstance(value, str):
        return True
    if value.startswith("/") or "\\" in value:
        return False
    parts = (value[2:] if value.startswith("./") else value).split("/")
    return all(p not in (".", "..") for p in parts)


# RFC 3986: absolute-URI with an optional fragment.  Outside an IP
# literal ("[...]" host) only unreserved, sub-delims, ":", "@", "/", "?"
# and percent-encoded octets; the authority, if any, parsed by urllib.
_CHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:"
                    r"(?://" + _CHAR.replace("/?", "") + r"*(?:\[[0-9A-Za-z:.]+\](?::[0-9]*)?)?)?"
                    + _CHAR + r"*(?:#" + _CHAR + r"*)?\Z")


def uri_format(value):
    if not isinstance(value, str):
        return True
    if not URI_RE.match(value):
        return False
    parts = urllib.parse.urlsplit(value)
    if not parts.scheme:
        return False
    try:
        parts.port  # a port that is not a number raises ValueError
    except ValueError:
        return False
    return True


def validator_for(schemas):
    cls = jsonschema.Draft202012Validator
    checker = jsonschema.FormatChecker()
    checker.checks("path")(path_format)
    checker.checks("uri")(uri_format)
    root = schemas[BASE + "distribution.schema.json"]
    try:
        # jsonschema 4.18 and later (Debian 13 on)
        from referencing import Registry, Resource

        registry = Registry().with_resources(
            (uri, Resource.from_contents(s)) for uri, s in schemas.items())
        return cls(root, registry=registry, format_checker=checker)
    except ImportError:
        # jsonschema 4.10 (Debian 12)
        resolver = jsonschema.RefResolver(BASE, root, store=dict(schemas))
        return cls(root, resolver=resolver, format_checker=checker)


def control_version():
    with open(os.path.join(ROOT, "productcodes.control"), encoding="utf-8") as f:
        m = re.search(r"^default_version\s*=\s*'([^']+)'", f.read(), re.M)
    return m.group(1) if m else None


def changelog_version():
    """The upstream part of the first entry's version in debian/changelog."""
    try:
        with open(os.path.join(ROOT, "debian", "changelog"), encoding="utf-8") as f:
            m = re.match(r"productcodes \(([^)]+)\)", f.readline())
    except FileNotFoundError:
        return None
    if not m:
        return None
    version = m.group(1).split(":", 1)[-1]
    return version.rsplit("-", 1)[0] if "-" in version else version


def main():
    meta_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "META.json")
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)
    problems = []
    for err in sorted(validator_for(load_schemas()).iter_errors(meta),
                      key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        problems.append(f"{where}: {err.message}")
    if not problems:
        for ext, entry in meta["provides"].items():
            for key in ("file", "docfile"):
                if key in entry and not os.path.isfile(os.path.join(ROOT, entry[key])):
                    problems.append(f"provides/{ext}/{key}: {entry[key]} is not in the sources")
        version = control_version()
        if version is None:
            problems.append("productcodes.control: no default_version")
        else:
            semver = version if version.count(".") == 2 else version + ".0"
            if meta["version"] != semver:
                problems.append(f"version: {meta['version']}, but productcodes.control says "
                                f"{version} (META.json: {semver})")
            packaged = changelog_version()
            if packaged != version:
                problems.append(f"debian/changelog: version {packaged}, but productcodes.control "
                                f"says {version} (add a changelog entry: dch -v {version})")
            ext = meta["provides"].get("productcodes", {})
            if ext.get("version") != semver:
                problems.append(f"provides/productcodes/version: {ext.get('version')}, "
                                f"but productcodes.control says {version} ({semver})")
    for p in problems:
        print(f"META.json: {p}")
    if problems:
        sys.exit(1)
    print("META.json: valid (PGXN Meta Spec 1.0.0)")


if __name__ == "__main__":
    main()
