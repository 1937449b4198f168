#!/bin/bash
# One talk changed to searchable, as docs/benchmarks.md reports it ("One talk changed").
#
#   docs/scale/update-one.sh JAR CORPUS INDEX index|watch [PORT] [TALK-FILE]
#
# Works on copies (CORPUS.upd, INDEX.upd; the originals are never written). Runs `index` once on the unchanged copy
# (a no-change update, after which the generation keeps what it read of each talk file), starts `serve` on the copy,
# waits for its first answer and for its start-up work to end, then edits one talk's title to "Zebracornish ..." and
# polls /api/v1/search every 50 ms until a keyword search finds the new word. Mode `index` runs `index` after the
# edit and `serve` switches to the new generation by itself (--reload-seconds 1); mode `watch` serves with --watch,
# so the server indexes the edit itself. Prints each step's time and the load average before and after.
set -u
JAR=$1; CORPUS=$2; INDEX=$3; MODE=$4; PORT=${5:-7190}
TALK=${6:-talks/$(ls "$CORPUS/talks" | head -1)}
J="java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar $JAR"
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg) ($1)"; }
C=$CORPUS.upd; I=$INDEX.upd
rm -rf "$C" "$I" && cp -a "$CORPUS" "$C" && cp -a "$INDEX" "$I"
load "no-change index"
/usr/bin/time -f "no-change index: %e s wall, max RSS %M KB" $J index --corpus "$C" --index "$I"
WATCH=; [ "$MODE" = watch ] && WATCH=--watch
$J serve --index "$I" --corpus "$C" $WATCH --port "$PORT" --rate-limit 0 > "$I.serve.out" 2> "$I.serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -sf "http://localhost:$PORT/api/v1/search?q=warmup" > /dev/null; do sleep 1; done
curl -s "http://localhost:$PORT/api/v1/suggest?q=pyth" > /dev/null # answers once the suggester, built on a thread
sleep 3                                                              # of its own after start-up, is ready
load "edit"
t0=$(date +%s.%N)
sed -i -E 's/^title: "/title: "Zebracornish /; t; s/^title: /title: Zebracornish /' "$C/$TALK"
if [ "$MODE" = index ]; then
  /usr/bin/time -f "index after the edit: %e s wall, max RSS %M KB" $J index --corpus "$C" --index "$I"
fi
t1=$(date +%s.%N)
until curl -sf "http://localhost:$PORT/api/v1/search?q=zebracornish&mode=keyword" | grep -q '"total":1'; do
  sleep 0.05
done
t2=$(date +%s.%N)
grep '^title' "$C/$TALK"
[ "$MODE" = index ] && echo "index after the edit $(echo "$t1 - $t0" | bc) s; switch $(echo "$t2 - $t1" | bc) s"
echo "edit to searchable $(echo "$t2 - $t0" | bc) s"
load "end"
grep -i "serving\|watch" "$I.serve.err"
