#!/usr/bin/env bash
# Checks the ./imodel launcher after the build (called by .ci/run): the libtorch deprecation line is filtered
# from the error output, every other error line and the exit status pass through unchanged.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "launcher check ok: $1"; else echo "launcher check FAILED: $1" >&2; fail=1; fi; }

./imodel demo --epochs 1 --out "$tmp/demo" >"$tmp/out" 2>"$tmp/err"; status=$?
check "a DJL command exits 0" '[ $status -eq 0 ]'
check "report folder written" '[ -f "$tmp/demo/metrics.json" ]'
check "no AutoNonVariableTypeMode line on stderr" '! grep -q AutoNonVariableTypeMode "$tmp/err"'
IMODEL_RAW_STDERR=1 ./imodel demo --epochs 1 --out "$tmp/demo-raw" >/dev/null 2>"$tmp/err-raw"
check "IMODEL_RAW_STDERR=1 keeps libtorch's line (so the filter is what removes it)" \
  'grep -q AutoNonVariableTypeMode "$tmp/err-raw"'
./imodel no-such-command >/dev/null 2>"$tmp/err2"; status=$?
check "usage errors keep exit status 2" '[ $status -eq 2 ]'
check "other error lines pass through" 'grep -q "no-such-command" "$tmp/err2"'
exit $fail
