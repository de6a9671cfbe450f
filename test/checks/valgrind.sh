#!/usr/bin/env bash
# test/checks/valgrind.sh — memory safety in the server.
#
# Starts its own throw-away cluster with the postmaster under valgrind
# (memcheck, --trace-children=yes: every backend is checked), runs the
# regression SQL of VALGRIND_TESTS through psql, stops the server, and
# fails on any valgrind error (invalid read/write, use of uninitialised
# memory, invalid free...) whose stack has a frame in pkpcohort.so.  Errors
# entirely inside PostgreSQL (a server not built with USE_VALGRIND reports
# a few, such as uninitialised padding written to files) are counted and
# listed, not failed.
#
# Limits: without a USE_VALGRIND build of PostgreSQL, valgrind cannot see
# overruns inside one palloc chunk (the server's allocator hands out pieces
# of larger blocks); the ASan fuzzing harness (fuzz.sh) covers that for the
# state parsers.  Time: every regression file, within VALGRIND_SECONDS (240)
# seconds of SQL (files beyond the budget are listed as not run); choose
# files with VALGRIND_TESTS="state_io bad_input".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

# default: every regression test (sql/X.sql with expected/X.out)
# (the first families' files first, so the time budget never drops them)
tests=${VALGRIND_TESTS:-$(
	first="state_io bad_input errors ttest levene normality parallel"
	for b in $first; do [[ -f sql/$b.sql && -f expected/$b.out ]] && echo "$b"; done
	for f in expected/*.out; do
		b=$(basename "$f" .out)
		[[ -f sql/$b.sql && " $first " != *" $b "* ]] && echo "$b"
	done
)}
budget=${VALGRIND_SECONDS:-240}
PKPC_PORT=$((PKPC_PORT + 3))
unset PKPC_CLUSTER_UP

if ! command -v valgrind >/dev/null; then
	check_fail "valgrind installed" "apt-get install valgrind"
	summary
	exit 1
fi
if ! cluster_start; then
	check_fail "valgrind: cluster_start"
	summary
	exit 1
fi
dir=$PKPC_CLUSTER_DIR
vglog=$dir/vg
as_pg mkdir -p "$vglog"
as_pg "$PKPC_PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
# the server under valgrind: one log file per process
as_pg sh -c "exec valgrind --quiet --tool=memcheck --trace-children=yes --track-origins=no \
	--read-var-info=no --num-callers=30 --error-limit=no --log-file='$vglog/%p.log' \
	'$PKPC_PGBIN/postgres' -D '$dir/data' >'$dir/server-vg.log' 2>&1" &
up=0
for _ in $(seq 1 180); do
	if "$PKPC_PGBIN/pg_isready" -q -h "$dir" -p "$PKPC_PORT"; then
		up=1
		break
	fi
	sleep 1
done
if ((up == 0)); then
	tail -20 "$dir/server-vg.log"
	check_fail "valgrind: server starts under valgrind"
	summary
	exit 1
fi
check_pass "valgrind: server started under valgrind"

start=$SECONDS
for t in $tests; do
	f=sql/$t.sql
	[[ -f $f ]] || { check_fail "valgrind: $t" "no $f"; continue; }
	left=$((budget - (SECONDS - start)))
	if ((left < 20)); then
		echo "   valgrind: time budget (${budget}s) used up, $t not run"
		continue
	fi
	"$PKPC_PGBIN/psql" -X -q -d "$PKPC_DB" -c "DROP EXTENSION IF EXISTS pkpcohort CASCADE" \
		-c "CREATE EXTENSION pkpcohort" >/dev/null 2>&1
	t0=$SECONDS
	if timeout "$left" "$PKPC_PGBIN/psql" -X -q -d "$PKPC_DB" -f "$f" >"$dir/$t.out" 2>&1; then
		check_pass "valgrind: sql/$t.sql ran ($((SECONDS - t0)) s)"
	else
		rc=$?
		check_fail "valgrind: sql/$t.sql" "psql exit $rc after $((SECONDS - t0)) s (crash or time budget)"
	fi
done

# stop the server (valgrind writes the last reports at exit)
as_pg "$PKPC_PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 120 stop >/dev/null 2>&1
wait

# classify every error report: blocks start with "==PID== <kind>" and end
# at a blank "==PID== " line
# a frame of ours: the library, or a function/file of src/ (with debug info
# valgrind prints "fn (file.c:line)" rather than the library name)
srcs=$(cd src && ls *.c | sed 's/\.c$//' | paste -sd'|')
ourpat="pkpcohort\\.so|[( ](${srcs})\\.c:[0-9]+\\)"
ours=0 theirs=0
: >"$dir/ours.txt"
for log in "$vglog"/*.log; do
	[[ -s $log ]] || continue
	awk -v ours="$dir/ours.txt" -v pat="$ourpat" '
		function flush() {
			if (block != "") {
				if (block ~ pat) { print block >> ours; o++ } else t++
			}
			block = ""
		}
		/^==[0-9]+== *$/ { flush(); next }
		/^==[0-9]+== (Invalid|Conditional|Use of|Syscall param|Mismatched|Source and dest|Argument|[0-9,]+ bytes in)/ { flush(); block = $0; next }
		block != "" { block = block "\n" $0 }
		END { flush(); printf "%d %d\n", o, t }
	' "$log" >"$dir/count"
	read -r o t <"$dir/count"
	ours=$((ours + o))
	theirs=$((theirs + t))
done
nlogs=$(find "$vglog" -name '*.log' | wc -l)
if ((ours == 0)); then
	check_pass "valgrind: no error with a pkpcohort frame ($nlogs processes checked; $theirs reports inside PostgreSQL only)"
else
	head -80 "$dir/ours.txt"
	check_fail "valgrind: errors in pkpcohort frames" "$ours reports (first ones above)"
fi
summary
