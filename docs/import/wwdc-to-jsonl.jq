# The WWDC session transcripts (github.com/ASCIIwwdc/wwdc-session-transcripts) as JSON Lines for
# `talk-archive import table`: sessions.json (titles, descriptions, video URLs) joined with the transcript files
# en/<year>/<n>.vtt, one record per session. Run from the checkout (see README, "Importing"):
#   jq -n -c --rawfile files <(find en -name '*.vtt' | sort) --slurpfile s sessions.json -f wwdc-to-jsonl.jq
# sessions.json has no dates: a session's date is its conference's first day. Sessions with a transcript but no
# entry in sessions.json (2010-2013) are titled "WWDC <year> session <n>". Speakers are the names listed under
# "Presenter:"/"Presenters:" in the older descriptions (the name before the first comma or colon).
def presenters: [capture("Presenters?:\n(?<list>(- [^\n]*(\n|$))+)") | .list | split("\n")[]
  | select(startswith("- ")) | .[2:] | split(",")[0] | split(":")[0] | gsub("^\\s+|\\s+$"; "") | select(length > 0)];
{"1997": "1997-05-13", "2000": "2000-05-15", "2001": "2001-05-21", "2003": "2003-06-23", "2004": "2004-06-28",
 "2010": "2010-06-07", "2011": "2011-06-06", "2012": "2012-06-11", "2013": "2013-06-10", "2014": "2014-06-02",
 "2015": "2015-06-08", "2016": "2016-06-13", "2017": "2017-06-05", "2018": "2018-06-04", "2019": "2019-06-03"}
  as $opening
| $s[0] as $sessions
| ($files | split("\n") | map(select(length > 0) | capture("^en/(?<year>[0-9]+)/(?<n>[^/]+)\\.vtt$"))) as $vtt
| ($vtt | map({key: "\(.year)/\(.n)", value: true}) | from_entries) as $hasVtt
| ($vtt + ($sessions | to_entries | map(.key as $y | .value | keys[] | {year: $y, n: .})))
| unique_by([.year, .n]) | .[]
| . as $f | ($sessions[$f.year][$f.n] // {}) as $m
| {id: "wwdc\($f.year)-\($f.n | ascii_downcase)", series: "WWDC \($f.year)", date: $opening[$f.year],
   title: ($m.title // "WWDC \($f.year) session \($f.n)"), speakers: (($m.description // "") | presenters),
   abstract: ($m.description // ""), video: $m.url,
   transcript: (if $hasVtt["\($f.year)/\($f.n)"] then "\($f.year)/\($f.n).vtt" else null end)}
