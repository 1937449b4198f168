"""Turns judgments (quotes of a moment's first and last words) into time ranges on the converted transcripts' clock."""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("c", sys.argv[1]); c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
src_dir, judgments, queries_out, qrels_out = sys.argv[2:6]
cache = {}
q = open(queries_out, "w"); r = open(qrels_out, "w")
q.write("# Passage queries of the Practical AI passage set: qid, query, kind. Judged moments: qrels.tsv.\n")
r.write("# qid  talk  start  end  (seconds on the transcript's clock; made by judge.py from judgments.tsv)\n")
for line in open(judgments, encoding="utf-8"):
    if line.startswith("#") or not line.strip(): continue
    qid, kind, query, talk, first, last = line.rstrip("\n").split("\t")
    if talk not in cache:
        cache[talk] = c.read("%s/%s.md" % (src_dir, talk))
    text, anchors = cache[talk]
    a = text.find(first)
    b = text.find(last, a)
    if a < 0 or b < 0 or text.find(first, a + 1) >= 0:
        sys.exit("%s: quote not found once in %s: %r / %r" % (qid, talk, first, last))
    start = c.clock_at(anchors, len(text), a); end = c.clock_at(anchors, len(text), b + len(last))
    q.write("%s\t%s\t%s\n" % (qid, query, kind))
    r.write("%s\t%s\t%.1f\t%.1f\n" % (qid, talk, start, end))
