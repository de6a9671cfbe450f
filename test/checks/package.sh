#!/usr/bin/env bash
# test/checks/package.sh — the repository is a package on its own:
#   - LICENSE is the PostgreSQL License;
#   - META.json is valid PGXN metadata (meta-spec 1.0.0: required keys,
#     SemVer versions, a known license, existing files) whose version is the
#     control file's default_version (written as SemVer: 0.2 -> 0.2.0), as
#     is the version of the extension it provides; the Makefile's EXTVERSION
#     (the install script the build writes) is default_version too;
#   - no file refers to documents outside the repository: no mention of the
#     design notes, interface sheet or reference sheet that the project was
#     started from (by their file names), and, outside test/ and .ci/ (whose
#     scripts may use vendored sources next to the clone), no path into a
#     shared directory beside the repository.
# Needs no database.  Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source test/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ------------------------------------------------------------ LICENSE
if [[ -f LICENSE ]] && grep -q '^PostgreSQL License' LICENSE &&
	grep -q 'Copyright (c) [0-9]*, The pkpcohort Developers' LICENSE &&
	grep -q 'Permission to use, copy, modify, and distribute this software' LICENSE; then
	check_pass "LICENSE is the PostgreSQL License of The pkpcohort Developers"
else
	check_fail "LICENSE is the PostgreSQL License of The pkpcohort Developers"
fi

# ------------------------------------------------------------ META.json
default=$(sed -n "s/^[[:space:]]*default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" pkpcohort.control)
extversion=$(sed -n 's/^EXTVERSION[[:space:]]*=[[:space:]]*\([^[:space:]]*\).*/\1/p' Makefile)
if [[ -n $default && $extversion == "$default" ]]; then
	check_pass "Makefile EXTVERSION = default_version ($default)"
else
	check_fail "Makefile EXTVERSION = default_version" "EXTVERSION '$extversion', default_version '$default'"
fi

# One "ok|name|detail" or "FAIL|name|detail" line per rule.
"$PKPC_PYTHON" - "$default" >"$work/meta" 2>&1 <<'PY' || true
import json, os, re, sys

default = sys.argv[1]
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
                    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")
LICENSES = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd",
            "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit",
            "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay",
            "sun", "zlib", "open_source", "restricted", "unrestricted", "unknown"}
TOP = {"name", "version", "abstract", "maintainer", "license", "provides", "meta-spec",
       "description", "generated_by", "tags", "no_index", "prereqs", "release_status", "resources"}
REQUIRED = ["name", "version", "abstract", "maintainer", "license", "provides", "meta-spec"]
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}


def rule(name, problems):
    if problems:
        print(f"FAIL|{name}|" + "; ".join(problems))
    else:
        print(f"ok|{name}|")


def semver_of(v):
    """A PostgreSQL extension version such as 0.2 written as SemVer (0.2.0)."""
    parts = v.split(".")
    while len(parts) < 3:
        parts.append("0")
    return ".".join(parts)


try:
    meta = json.load(open("META.json", encoding="utf-8"))
except (OSError, ValueError) as e:
    rule("META.json is JSON", [str(e)])
    sys.exit(0)
rule("META.json is JSON", [] if isinstance(meta, dict) else ["not an object"])

p = [f"missing {k}" for k in REQUIRED if k not in meta]
p += [f"unknown key {k}" for k in meta if k not in TOP and not re.match(r"^[xX]_.", k)]
if meta.get("meta-spec", {}).get("version") != "1.0.0":
    p.append("meta-spec.version is not 1.0.0")
for k in ("abstract", "description", "generated_by"):
    if k in meta and not (isinstance(meta[k], str) and meta[k]):
        p.append(f"{k} is not a non-empty string")
m = meta.get("maintainer")
if not (isinstance(m, str) and m or isinstance(m, list) and m and all(isinstance(x, str) and x for x in m)):
    p.append("maintainer is not a string or a list of strings")
if meta.get("license") not in LICENSES:
    p.append(f"license {meta.get('license')!r} is not a PGXN license key")
if meta.get("release_status", "stable") not in ("stable", "testing", "unstable"):
    p.append("release_status is not stable, testing or unstable")
tags = meta.get("tags", [])
if not (isinstance(tags, list) and all(isinstance(t, str) and 0 < len(t) <= 255 for t in tags)):
    p.append("tags is not a list of strings")
for phase, rels in meta.get("prereqs", {}).items():
    if phase not in PHASES:
        p.append(f"prereqs: unknown phase {phase}")
        continue
    for rel, deps in rels.items():
        if rel not in RELATIONS:
            p.append(f"prereqs.{phase}: unknown relation {rel}")
        for dep, ver in deps.items():
            if not (ver == 0 or isinstance(ver, str) and
                    re.match(r"^\s*(?:(?:[<>]=?|==|!=)\s*)?\d+\.\d+\.\d+", ver)):
                p.append(f"prereqs.{phase}.{rel}.{dep}: {ver!r} is not a version")
rule("META.json follows the PGXN meta-spec 1.0.0", p)

p = []
if meta.get("name") != "pkpcohort":
    p.append(f"name {meta.get('name')!r} is not pkpcohort")
if meta.get("license") != "postgresql":
    p.append("license is not postgresql, as LICENSE")
rule("META.json names pkpcohort under the postgresql license", p)

want = semver_of(default)
p = []
if not SEMVER.match(str(meta.get("version", ""))):
    p.append(f"version {meta.get('version')!r} is not SemVer")
if meta.get("version") != want:
    p.append(f"version {meta.get('version')!r}, default_version '{default}' (as SemVer {want})")
rule(f"META.json version = default_version of pkpcohort.control ({default} -> {want})", p)

p = []
prov = meta.get("provides", {})
if set(prov) != {"pkpcohort"}:
    p.append(f"provides {sorted(prov)}, expected only pkpcohort")
for ext, d in prov.items():
    for k in d:
        if k not in ("file", "version", "abstract", "docfile") and not re.match(r"^[xX]_.", k):
            p.append(f"provides.{ext}: unknown key {k}")
    if d.get("version") != want:
        p.append(f"provides.{ext}.version {d.get('version')!r} is not {want}")
    for k in ("file", "docfile"):
        if k in d and not os.path.isfile(d[k]):
            p.append(f"provides.{ext}.{k} {d[k]!r} does not exist")
    if "file" not in d:
        p.append(f"provides.{ext} has no file")
rule("META.json provides pkpcohort at default_version, with files that exist", p)
PY
nrules=0
while IFS='|' read -r status name detail; do
	case $status in
	ok) check_pass "$name" ;;
	FAIL) check_fail "$name" "$detail" ;;
	*) check_fail "META.json check" "$status${name:+|$name}${detail:+|$detail}" ;;
	esac
	nrules=$((nrules + 1))
done <"$work/meta"
((nrules >= 5)) || check_fail "META.json check" "only $nrules rules reported"

# ------------------------------------------------------------ references
# The committed files (git ls-files in a clone, else every file but .git).
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z >"$work/files"
else
	find . -path ./.git -prune -o -type f -printf '%P\0' >"$work/files"
fi
docs_re='(API|DESIGN|REFERENCES)[.]md'
shared_re='[.][.]/shared|(^|[^[:alnum:]_./-])shared/(study|vendor|hooks)'

# refs PATTERN PATHSPEC-FILTER: "file:line:text" of the matches.
refs() {
	local pattern=$1 filter=$2
	xargs -0 grep -nIE -- "$pattern" <"$work/files" 2>/dev/null |
		grep -E "$filter" || true
}
nfiles=$(tr -cd '\0' <"$work/files" | wc -c)

bad=$(refs "$docs_re" '.')
if [[ -z $bad ]]; then
	check_pass "no file names the project's outside design, interface or reference documents  [$nfiles files]"
else
	check_fail "no file names the project's outside design, interface or reference documents" \
		"$(printf '%s\n' "$bad" | cut -c1-160 | head -10 | tr '\n' ' ')"
fi
bad=$(refs "$shared_re" '^([^t.]|t[^e]|te[^s]|tes[^t]|test[^/]|\.[^c]|\.c[^i]|\.ci[^/])')
if [[ -z $bad ]]; then
	check_pass "no file outside test/ and .ci/ refers to a directory beside the repository"
else
	check_fail "no file outside test/ and .ci/ refers to a directory beside the repository" \
		"$(printf '%s\n' "$bad" | cut -c1-160 | head -10 | tr '\n' ' ')"
fi
# test/ and .ci/ may use vendored sources beside the clone, never the documents.
bad=$(refs '(^|[^[:alnum:]_./-])shared/(study|hooks)' '^(test/|\.ci/)')
if [[ -z $bad ]]; then
	check_pass "test/ and .ci/ refer to nothing beside the repository but vendored sources"
else
	check_fail "test/ and .ci/ refer to nothing beside the repository but vendored sources" \
		"$(printf '%s\n' "$bad" | cut -c1-160 | head -10 | tr '\n' ' ')"
fi
summary
