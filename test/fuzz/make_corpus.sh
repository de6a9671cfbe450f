#!/usr/bin/env bash
# test/fuzz/make_corpus.sh BUILDDIR — regenerate the seed corpus of the fuzz
# targets from real states: every *_partial aggregate of the installed
# extension, called by test/checks/security_calls.sql on 3, 40 and 150 rows
# (tiny groups, value -> count maps, plain value lists), each state's text
# form one file in corpus/text/, and its flat form (written by the text
# target with FUZZ_DUMP_FLAT) in corpus/flat/.  Needs a server with the
# extension (PGHOST, PGPORT, PGUSER, PGDATABASE) and the targets built by
# build.sh in BUILDDIR.  The corpus is committed: CI does not run this.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:?usage: make_corpus.sh BUILDDIR}" && pwd)
rm -rf "$here/corpus/text" "$here/corpus/flat"
mkdir -p "$here/corpus/text" "$here/corpus/flat"
for rows in 3 40 150; do
	PGOPTIONS="-c pkpc.sample_rows=$rows" psql -X -q -f "$here/../checks/security_calls.sql" 2>&1 |
		sed -n 's/^.*CALL ok   [a-z_.]*_partial(.*) => //p' |
		while IFS= read -r state; do
			name=${state%% *}
			sum=$(printf '%s' "$state" | sha1sum | cut -c1-12)
			printf '%s' "$state" >"$here/corpus/text/$name-$rows-$sum"
		done
done
FUZZ_DUMP_FLAT="$here/corpus/flat" "$build/fuzz_state_text" "$here"/corpus/text/* >/dev/null 2>&1
echo "corpus: $(ls "$here/corpus/text" | wc -l) text seeds, $(ls "$here/corpus/flat" | wc -l) flat seeds"
