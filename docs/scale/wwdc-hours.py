#!/usr/bin/env python3
"""The first HOURS hours of an imported corpus, talks in date order (then id), as a corpus of its own.

    docs/scale/wwdc-hours.py CORPUS OUT HOURS

Used for issue 9's "1,000 hours of WWDC in year order" (docs/benchmarks.md). A talk's length is the end of its
transcript's last cue; cues ending at 99:59:59 (end markers in some 2012 files, not speech) are ignored. Talks
without a transcript count zero hours and are kept with their year. OUT gets the corpus's top-level files and the
chosen talks and transcripts, copied (CORPUS is never written).
"""
import pathlib
import re
import shutil
import sys

CUE = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})\s+-->\s+(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})")


def hours(transcript):
    end = 0.0
    with open(transcript, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            m = CUE.search(line)
            if m:
                h, mi, s, ms = (int(m.group(i) or 0) for i in (5, 6, 7, 8))
                if h < 99:
                    end = max(end, h * 3600 + mi * 60 + s + ms / 1000)
    return end / 3600


def main(corpus, out, limit):
    corpus, out = pathlib.Path(corpus), pathlib.Path(out)
    talks = []
    for talk in sorted((corpus / "talks").glob("*.md")):
        date = re.search(r"^date:\s*\"?([0-9-]+)", talk.read_text(encoding="utf-8"), re.M)
        transcripts = list((corpus / "transcripts").glob(talk.stem + ".*"))
        talks.append((date.group(1) if date else "", talk.stem, talk, transcripts))
    talks.sort(key=lambda t: (t[0], t[1]))
    (out / "talks").mkdir(parents=True)
    (out / "transcripts").mkdir()
    for top in corpus.iterdir():
        if top.is_file():
            shutil.copy2(top, out / top.name)
    total, kept = 0.0, 0
    for _, _, talk, transcripts in talks:
        if total >= limit:
            break
        total += sum(hours(t) for t in transcripts)
        kept += 1
        shutil.copy2(talk, out / "talks" / talk.name)
        for t in transcripts:
            shutil.copy2(t, out / "transcripts" / t.name)
    print(f"{kept} of {len(talks)} talks, {total:.1f} hours of transcript")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
