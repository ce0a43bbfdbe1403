#!/bin/bash
# perf62: bench/perf61-abba.sh's sessions for any builds: ORDER names builds in $SCRATCH/build<NAME> (their files copied
# into one path, $SCRATCH/ext: one extension id, one database); each session bench/perf61-breakdown.ts --light
# --loads ${LOADS:-5} on the kept profile $PROFILE. Read with npx tsx bench/perf61-summary.ts LOG.
#   SCRATCH=/tmp/perf62 PROFILE=/tmp/perf62/p100k ORDER="A a ab ab a A" bash bench/perf62-abba.sh > LOG
cd "$(dirname "$0")/.."
i=0
for b in $ORDER; do
  rm -rf "$SCRATCH/ext" && cp -r "$SCRATCH/build$b" "$SCRATCH/ext"
  echo "=== session $i build $b $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PARALLAX_EXT_DIR="$SCRATCH/ext" TMPDIR="$SCRATCH/tmp" timeout 600 nice npx tsx bench/perf61-breakdown.ts --profile-dir "$PROFILE" --loads "${LOADS:-5}" --light 2>&1
  i=$((i+1))
done
