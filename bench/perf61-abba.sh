#!/bin/bash
# perf61: builds alternating (ORDER, default M B B M M B B M; their files copied into one path: one extension id, one
# database) on a kept profile, each session bench/perf61-breakdown.ts --light --loads 5; read with
# npx tsx bench/perf61-summary.ts LOG. Builds in /tmp/perf61/buildM, /tmp/perf61/buildB; profile /tmp/perf61/p100k-r.
cd /work/wt/perf61
i=0
for b in ${ORDER:-M B B M M B B M}; do
  rm -rf /tmp/perf61/ext2 && cp -r /tmp/perf61/build$b /tmp/perf61/ext2
  echo "=== session $i build $b $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PARALLAX_EXT_DIR=/tmp/perf61/ext2 TMPDIR=/tmp/perf61/tmp timeout 600 nice npx tsx bench/perf61-breakdown.ts --profile-dir /tmp/perf61/p100k-r --loads 5 --light 2>&1
  i=$((i+1))
done
