#!/usr/bin/env bash
# Lists the licence of every NuGet package the solution restored (obj/project.assets.json of each project in
# ThongSuot.slnx, read after restore or build) and fails, naming them, if any is outside the allow-list.
# The licence is the package's own word in its .nuspec: <license type="expression">, or for old packages a
# well-known <licenseUrl>; the few packages that declare neither usefully are in EXCEPTIONS below.
# Usage: tools/check-licences.sh [solution]   exit 0: all allowed; 1: some not allowed; 2: not restored.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 - "${1:-ThongSuot.slnx}" <<'PY'
import json, os, re, sys
from urllib.parse import unquote
import xml.etree.ElementTree as ET

# SPDX ids we ship under without obligations beyond keeping notices (compared case-insensitively).
# Copyleft (GPL, LGPL, AGPL, SSPL, EUPL, MPL…), non-commercial and unknown licences are refused.
ALLOWED = {"MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "PostgreSQL", "MS-PL",
           "ISC", "Unlicense", "Zlib", "BSL-1.0"}

# Old-style <licenseUrl> values that name a licence unambiguously. Matched after dropping the scheme, "www."
# and a trailing slash, case-insensitively.
URLS = {
    r"opensource\.org/licenses/(?P<spdx>[A-Za-z0-9.\-]+?)(\.php|\.html)?": None,
    r"spdx\.org/licenses/(?P<spdx>[A-Za-z0-9.\-]+?)(\.html)?": None,
    r"apache\.org/licenses/license-2\.0(\.html|\.txt)?": "Apache-2.0",
    # The LICENSE.TXT of the .NET runtime repositories, which old System.* and Microsoft.* packages point at: MIT.
    r"(raw\.githubusercontent\.com|github\.com)/dotnet/(corefx|coreclr|runtime|standard)/(blob/)?[^/]+/license\.txt": "MIT",
}

# Packages whose .nuspec has no licence expression and no well-known URL, with the licence they are under and why
# that is certain. Applied only when the .nuspec gives no expression, so an exception can never let a package
# that declares a refused licence through.
EXCEPTIONS = {
    # xunit 2.x's licenseUrl points at license.txt in the xunit repository, which is the Apache-2.0 text; the rest of
    # xunit 2.9 declares Apache-2.0 as an expression.
    "xunit.abstractions": "Apache-2.0",
}


def spdx_allowed(expression):
    """True when an SPDX expression is satisfied by allowed licences: OR needs one side, AND both; WITH adds
    an exception (extra permissions) to its licence, so it is judged by that licence."""
    tokens = re.findall(r"\(|\)|[^\s()]+", expression)
    pos = 0

    def peek():
        return tokens[pos].upper() if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def term():
        if peek() == "(":
            take()
            value = disjunction()
            if peek() != ")":
                raise ValueError("unbalanced parentheses")
            take()
            return value
        if peek() is None or peek() in {")", "AND", "OR", "WITH"}:
            raise ValueError("licence id expected")
        value = take().rstrip("+").lower() in {a.lower() for a in ALLOWED}
        if peek() == "WITH":
            take()
            take()
        return value

    def conjunction():
        value = term()
        while peek() == "AND":
            take()
            value = term() and value
        return value

    def disjunction():
        value = conjunction()
        while peek() == "OR":
            take()
            value = conjunction() or value
        return value

    try:
        value = disjunction()
        return value and pos == len(tokens)
    except (ValueError, IndexError):
        return False


def from_url(url):
    bare = re.sub(r"^(https?://)?(www\.)?", "", unquote(url.strip()), flags=re.I).rstrip("/")
    for pattern, spdx in URLS.items():
        match = re.fullmatch(pattern, bare, flags=re.I)
        if match:
            return spdx or match.group("spdx")
    return None


def licence_of(package_id, nuspec):
    if not os.path.exists(nuspec):
        return "unknown (no .nuspec: not restored?)"
    root = ET.parse(nuspec).getroot()
    metadata = next((e for e in root if e.tag.endswith("metadata")), root)
    field = lambda name: next((e for e in metadata if e.tag.rsplit("}", 1)[-1] == name), None)
    licence, url = field("license"), field("licenseUrl")
    if licence is not None and licence.get("type") == "expression" and (licence.text or "").strip():
        return licence.text.strip()
    if package_id.lower() in EXCEPTIONS:
        return EXCEPTIONS[package_id.lower()]
    if licence is not None and licence.get("type") == "file":
        return f"unknown (file {licence.text})"
    if url is not None and url.text and from_url(url.text):
        return from_url(url.text)
    return f"unknown ({url.text.strip()})" if url is not None and url.text else "unknown"


solution = sys.argv[1]
projects = [p.replace("\\", "/") for p in re.findall(r'<Project\s+Path="([^"]+)"', open(solution, encoding="utf-8").read())]
packages, missing = {}, []
for project in projects:
    assets = os.path.join(os.path.dirname(project), "obj", "project.assets.json")
    if not os.path.exists(assets):
        missing.append(assets)
        continue
    data = json.load(open(assets, encoding="utf-8"))
    folders = list(data.get("packageFolders", {})) or [os.path.expanduser("~/.nuget/packages/")]
    for key, library in data["libraries"].items():
        if library.get("type") != "package":
            continue
        package_id, version = key.split("/", 1)
        folder = next((f for f in folders if os.path.isdir(os.path.join(f, library["path"]))), folders[0])
        nuspec = os.path.join(folder, library["path"], package_id.lower() + ".nuspec")
        packages[(package_id, version)] = nuspec
if missing:
    print("Not restored (run dotnet restore or build first): " + ", ".join(missing), file=sys.stderr)
    sys.exit(2)

rows = [(i, v, licence_of(i, n)) for (i, v), n in sorted(packages.items(), key=lambda kv: (kv[0][0].lower(), kv[0][1]))]
width = [max(len(r[c]) for r in rows + [("package", "version", "licence")]) for c in range(2)]
print(f"{'package':<{width[0]}}  {'version':<{width[1]}}  licence")
for package_id, version, licence in rows:
    print(f"{package_id:<{width[0]}}  {version:<{width[1]}}  {licence}")
refused = [r for r in rows if not spdx_allowed(r[2])]
if refused:
    print(f"\n{len(refused)} of {len(rows)} packages have a licence outside the allow-list ({', '.join(sorted(ALLOWED))}):")
    for package_id, version, licence in refused:
        print(f"  {package_id} {version}: {licence}")
    sys.exit(1)
print(f"\nAll {len(rows)} packages have allowed licences.")
PY
