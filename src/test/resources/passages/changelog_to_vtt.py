#!/usr/bin/env python3
"""Turns a Changelog transcript (Markdown, github.com/thechangelog/transcripts) into WebVTT captions.

The transcripts carry only sparse time anchors: "\\[mm:ss\\]" or "\\[hh:mm:ss.ff\\]" at the start of some paragraphs
(every few minutes) and "\\[unintelligible 00:12:34\\]" marks. Every other time is interpolated linearly by character
offset between the two anchors around it (before the first anchor from 0:00, after the last one at the episode's
mean speaking rate). Speaker names, breaks and sound marks are left out of the caption text.

Usage: changelog_to_vtt.py EPISODE.md OUT.vtt   (also prints a JSON line: the offsets of the text it wrote)
"""
import json
import re
import sys

ANCHOR = re.compile(r"\\\[(?:unintelligible\s*)?(\d{1,2}(?::\d{2}){1,2})(?:\.\d+)?\\\]")
SPEAKER = re.compile(r"^\*\*([^*]+):\*\*\s*")
BREAK = re.compile(r"^\*{0,2}(Break|Outro|Intro)\*{0,2}:?\*{0,2}", re.I)
SOUND = re.compile(r"\\\[[^\]]*\\\]")
SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z\"“(])")


def seconds(clock):
    parts = [float(p) for p in clock.split(":")]
    s = 0.0
    for p in parts:
        s = s * 60 + p
    return s


def read(path):
    """The spoken text as one string, and the anchors as (offset in that string, seconds)."""
    text = ""
    anchors = []
    for para in open(path, encoding="utf-8").read().split("\n\n"):
        para = para.strip()
        if not para:
            continue
        if BREAK.match(para):
            for m in ANCHOR.finditer(para):
                anchors.append((len(text), seconds(m.group(1))))
            continue
        para = SPEAKER.sub("", para)
        pieces = []
        pos = 0
        for m in ANCHOR.finditer(para):
            pieces.append(para[pos:m.start()])
            offset = len(text) + len(clean("".join(pieces)))
            anchors.append((offset, seconds(m.group(1))))
            pos = m.end()
        pieces.append(para[pos:])
        spoken = clean("".join(pieces))
        if spoken:
            text += spoken + "\n"
    anchors = monotone(anchors)
    return text, anchors


def clean(s):
    s = SOUND.sub("", s)
    s = s.replace("\\", "")
    s = re.sub(r"\*+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def monotone(anchors):
    """Keeps anchors whose time and offset both grow (a transcript's typo must not run the clock backwards)."""
    out = [(0, 0.0)]
    for off, sec in sorted(anchors):
        if sec > out[-1][1] and off > out[-1][0]:
            out.append((off, sec))
    return out


def clock_at(anchors, total_chars, offset):
    last_off, last_sec = anchors[-1]
    rate = last_off / last_sec if last_sec > 0 else 15.0  # characters per second
    for (o1, s1), (o2, s2) in zip(anchors, anchors[1:]):
        if o1 <= offset <= o2:
            return s1 + (s2 - s1) * (offset - o1) / (o2 - o1)
    return last_sec + (offset - last_off) / rate


def vtt_clock(s):
    ms = int(round(s * 1000))
    return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def cues(text, anchors):
    """One cue per sentence (long sentences stay whole), timed by interpolation."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for sentence in SENTENCE.split(line):
            at = text.index(sentence, pos)
            end = at + len(sentence)
            out.append((clock_at(anchors, len(text), at), clock_at(anchors, len(text), end), sentence, at, end))
            pos = end
    return [c for c in out if c[2].strip()]


def main(src, dst):
    text, anchors = read(src)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("WEBVTT\n\n")
        prev_end = 0.0
        for start, end, sentence, _, _ in cues(text, anchors):
            start = max(start, prev_end)
            end = max(end, start + 0.5)
            f.write("%s --> %s\n%s\n\n" % (vtt_clock(start), vtt_clock(end), sentence))
            prev_end = end
    print(json.dumps({"anchors": len(anchors) - 1, "chars": len(text),
                      "end": clock_at(anchors, len(text), len(text))}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
