#!/usr/bin/env bash
# test/checks/fuzz.sh — fuzzing of every state type's text input,
# binary receive and flat-form validation (test/fuzz/fuzz_state.c).
#
#   1. build the two libFuzzer targets with AddressSanitizer (test/fuzz/build.sh);
#   2. replay every committed input once: test/fuzz/corpus/ (real states)
#      and test/fuzz/regressions/ (inputs that once found a bug); each must
#      be rejected with an ERROR or accepted and round-trip exactly;
#   3. fuzz each target for FUZZ_SECONDS (30) seconds, both at once, from a
#      copy of the corpus.  A crash, a sanitizer report, a broken round trip
#      or a timeout fails, with the input written to the work directory and
#      printed in base64 (add it to test/fuzz/regressions/ once fixed).
# Time: ~15 s of build plus FUZZ_SECONDS, on 2 cores.  No server needed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh
seconds=${FUZZ_SECONDS:-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! bash test/fuzz/build.sh "$work/build" >"$work/build.log" 2>&1; then
	cat "$work/build.log"
	check_fail "fuzz: build the harness" "clang with libFuzzer (clang-14, libclang-rt-14-dev) needed"
	summary
	exit 1
fi
grep -E '^(state types|auto-stubbed|build.sh: warning)' "$work/build.log" | sed 's/^/   /'
check_pass "fuzz: build fuzz_state_text and fuzz_state_flat (ASan, libFuzzer)"

# replay TARGET DIR...: every file once.
replay() {
	local target=$1 name=$2
	shift 2
	local n
	n=$(find "$@" -type f 2>/dev/null | wc -l)
	if ((n == 0)); then
		return 0
	fi
	if (cd "$work" && timeout 300 "$work/build/fuzz_state_$target" -runs=0 -rss_limit_mb=2048 \
		-timeout=10 "$@") >"$work/replay-$target-$name.log" 2>&1; then
		check_pass "fuzz: replay $n $name inputs ($target)"
	else
		grep -E -A12 'does not round-trip|ERROR: (Address|libFuzzer)|unstubbed' "$work/replay-$target-$name.log" | head -40
		check_fail "fuzz: replay $n $name inputs ($target)" "see output above"
	fi
}
for t in text flat; do
	replay "$t" corpus "$PWD/test/fuzz/corpus/$t"
	replay "$t" regression "$PWD/test/fuzz/regressions/$t"
done

# fuzz both targets at once, each for $seconds seconds
for t in text flat; do
	mkdir -p "$work/corpus-$t" "$work/art-$t"
	cp test/fuzz/corpus/$t/* "$work/corpus-$t/" 2>/dev/null
	(cd "$work" && timeout $((seconds + 120)) "$work/build/fuzz_state_$t" -max_total_time="$seconds" \
		-rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$work/art-$t/" \
		"$work/corpus-$t" >"$work/fuzz-$t.log" 2>&1; echo $? >"$work/fuzz-$t.rc") &
done
wait
for t in text flat; do
	rc=$(cat "$work/fuzz-$t.rc")
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz-$t.log")
	cov=$(grep -oE 'cov: [0-9]+' "$work/fuzz-$t.log" | tail -1)
	if [[ $rc == 0 ]]; then
		check_pass "fuzz: $t target ${seconds}s, ${runs:-?} inputs, $cov, no crash"
	else
		grep -E -B2 -A14 'does not round-trip|ERROR: (Address|libFuzzer)|unstubbed|SUMMARY' "$work/fuzz-$t.log" | head -60
		for a in "$work/art-$t"/*; do
			[[ -f $a ]] && echo "   reproducer $(basename "$a") (base64): $(base64 -w0 "$a")"
		done
		check_fail "fuzz: $t target ${seconds}s" "exit $rc after ${runs:-?} inputs"
	fi
done
summary
