#!/usr/bin/env python3
"""Lint pkpcohort's assembled install and upgrade scripts against the rules
for extension scripts in the PostgreSQL documentation ("Security
Considerations for Extensions", section 38.17.6.3 in PostgreSQL 15):

  - no CREATE OR REPLACE and no CREATE ... IF NOT EXISTS: the script must
    fail rather than adopt an object that an untrusted user created first;
  - every object the script creates, and every reference to an object of
    the extension, is schema-qualified with @extschema@;
  - no SECURITY DEFINER, no SET search_path / set_config, no function body
    in a language other than C (no SQL or PL/pgSQL bodies, so no dynamic SQL
    and no unqualified name lookup at run time).

Usage: lint_install_script.py FILE...   Prints one "ok"/"FAIL" line per rule
and file; exit status 1 if any rule failed.
"""
import re
import sys

def strip(sql):
    """Remove comments and the contents of string literals (kept as '')."""
    out = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == "'":
            j = i + 1
            while j < n:
                if sql[j] == "'" and j + 1 < n and sql[j + 1] == "'":
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    j += 1
            out.append("''")
            i = j + 1
        elif sql.startswith("$$", i) or re.match(r"\$[A-Za-z_]\w*\$", sql[i:]):
            tag = re.match(r"\$[A-Za-z_]*\w*\$", sql[i:]).group(0)
            j = sql.find(tag, i + len(tag))
            out.append("$$BODY$$")
            i = n if j < 0 else j + len(tag)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def lint(path):
    raw = open(path, encoding="utf-8").read()
    sql = strip(raw)
    # psql meta-commands (the \echo guard) are not SQL.
    sql = "\n".join("" if l.lstrip().startswith("\\") else l for l in sql.split("\n"))
    failures = []

    def rule(name, bad):
        if bad:
            failures.append(name)
            print(f"FAIL  {path}: {name}: " + "; ".join(bad[:5]) +
                  (f" (and {len(bad) - 5} more)" if len(bad) > 5 else ""))
        else:
            print(f"ok    {path}: {name}")

    rule("no CREATE OR REPLACE",
         [m.group(0) for m in re.finditer(r"CREATE\s+OR\s+REPLACE\s+\w+", sql, re.I)])
    rule("no IF NOT EXISTS",
         [m.group(0) for m in re.finditer(r"\bIF\s+NOT\s+EXISTS\b", sql, re.I)])
    rule("no SECURITY DEFINER",
         [m.group(0) for m in re.finditer(r"SECURITY\s+DEFINER", sql, re.I)])
    rule("no search_path change",
         [m.group(0) for m in re.finditer(r"\bSET\s+search_path\b|\bset_config\s*\(", sql, re.I)])
    rule("C-language functions only (no SQL/PL bodies, no dynamic SQL)",
         [m.group(0) for m in re.finditer(r"LANGUAGE\s+(\w+)", sql, re.I)
          if m.group(1).lower() != "c"] +
         [m.group(0) for m in re.finditer(r"\$\$BODY\$\$|BEGIN\s+ATOMIC|\bEXECUTE\b", sql, re.I)])

    created = re.finditer(
        r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TRUSTED\s+)?(FUNCTION|AGGREGATE|TYPE|OPERATOR|DOMAIN|TABLE|VIEW|SEQUENCE|PROCEDURE)\s+"
        r"([^\s(;,]+)", sql, re.I)
    names, unqualified = set(), []
    for m in created:
        full = m.group(2)
        if not full.startswith("@extschema@."):
            unqualified.append(f"CREATE {m.group(1)} {full}")
        names.add(full.split(".")[-1].lower())
    rule("every created object qualified with @extschema@", unqualified)

    # Every other mention of one of the extension's objects must be
    # qualified too (signatures, SFUNC/STYPE/FINALFUNC, COMMENT ON, casts).
    bad = []
    for m in re.finditer(r"(@extschema@\.|\b\w+\.)?\b([A-Za-z_]\w*)\b", sql):
        if m.group(2).lower() in names and m.group(1) != "@extschema@.":
            line = sql.count("\n", 0, m.start()) + 1
            bad.append(f"line {line}: {m.group(0)}")
    rule("every reference to the extension's objects qualified with @extschema@", bad)

    # Built-in functions called in defaults or expressions: pg_catalog only.
    bad = [m.group(0) for m in re.finditer(r"\bDEFAULT\s+([A-Za-z_]\w*)\s*\(", sql, re.I)]
    rule("no unqualified function call in defaults", bad)
    return failures


def main():
    nfail = 0
    if len(sys.argv) < 2:
        print("usage: lint_install_script.py FILE...", file=sys.stderr)
        return 2
    for path in sys.argv[1:]:
        nfail += len(lint(path))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
