#!/bin/sh
# Taizhang's sync and the PouchDB peer (../shared/bench/pouchdb), side by side in one run on the
# same record shape and count, 3 repetitions each; medians into BUILD/bench/sync-N<cases>-d<delay>.
#   tests/bench/sync-vs-pouchdb.sh BUILD_DIR CASES POUCHDB_DIR [DELAY_MS]
# Needs node and npm for the peer (npm ci runs once, in BUILD_DIR/pouchdb).
set -eu
BUILD=$(cd "$1" && pwd); N=$2; PEER=$(cd "$3" && pwd); DELAY=${4:-0}
OUT="$BUILD/bench/sync-N$N-d$DELAY"
rm -rf "$OUT"; mkdir -p "$OUT"
if [ ! -d "$BUILD/pouchdb/node_modules" ]; then
    mkdir -p "$BUILD/pouchdb"; cp -r "$PEER/." "$BUILD/pouchdb/"
    (cd "$BUILD/pouchdb" && npm ci --silent)
fi
cp "$PEER"/*.js "$PEER"/*.sh "$PEER"/*.py "$BUILD/pouchdb/"
(cd "$BUILD/pouchdb" && DELAY_MS=$DELAY ./run.sh "$N" 3 "$OUT/pouchdb" > "$OUT/pouchdb.log" 2>&1 \
    && python3 aggregate.py "$OUT/pouchdb" > "$OUT/pouchdb-medians.md")
"$BUILD/tests/bench/taizhang-sync-bench" --cases "$N" --runs 3 --delay-ms "$DELAY" --out "$OUT/taizhang" \
    > "$OUT/taizhang.json"
echo "PouchDB medians: $OUT/pouchdb-medians.md"
echo "Taizhang runs and medians: $OUT/taizhang.json"
