#!/usr/bin/env bash
# Runs every fuzz target in BUILD for SECONDS each, one after the other, each from a corpus
# seeded with the project's own inputs (tests/data/, examples/, tests/fuzz/seeds/).
# Findings land in BUILD/fuzz-findings/; the script exits 1 when there are any.
#   usage: tests/fuzz/run.sh BUILD SECONDS [TARGET...]
set -uo pipefail
build=${1:?usage: run.sh BUILD SECONDS [TARGET...]}
seconds=${2:?usage: run.sh BUILD SECONDS [TARGET...]}
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(fuzz_jsonl fuzz_store fuzz_text fuzz_graphml fuzz_json)
fi

seed() { # seed TARGET DIR: copy matching project files into a fresh corpus
    local target=$1 dir=$2 pattern
    case $target in
        fuzz_jsonl | fuzz_store) pattern='*.jsonl' ;;
        fuzz_text) pattern='*.txt' ;;
        fuzz_graphml) pattern='*.graphml' ;;
        fuzz_json) pattern='*.json' ;;
    esac
    mkdir -p "$dir"
    find "$root/tests/data" "$root/examples" "$root/tests/fuzz/seeds" -type f -name "$pattern" \
        -size -256k 2>/dev/null | while read -r f; do
        cp "$f" "$dir/seed-$(basename "$f")"
    done
}

mkdir -p "$build/fuzz-findings"
export UBSAN_OPTIONS="suppressions=$root/tests/fuzz/ubsan.supp:halt_on_error=1:print_stacktrace=1"
status=0
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz/$t"
    if [[ ! -x $bin ]]; then
        echo "fuzz: $t not built in $build" >&2
        status=1
        continue
    fi
    corpus="$build/fuzz-corpus/$t"
    [[ -d $corpus ]] || seed "$t" "$corpus"
    echo "fuzz: $t for ${seconds}s from $(ls "$corpus" | wc -l) corpus files" >&2
    # Fork mode keeps fuzzing after a finding, so one run reports every distinct crash.
    "$bin" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
        -artifact_prefix="$build/fuzz-findings/$t-" -print_final_stats=1 \
        >"$build/fuzz-findings/$t.log" 2>&1
    rc=$?
    findings=$(find "$build/fuzz-findings" -name "$t-*" -type f | wc -l)
    grep -E '^#[0-9]+' "$build/fuzz-findings/$t.log" | tail -n 1 >&2
    echo "fuzz: $t exit $rc, $findings finding(s), corpus now $(ls "$corpus" | wc -l) files" >&2
    [[ $rc -eq 0 && $findings -eq 0 ]] || status=1
done
exit $status
