package org.talkarchive.cli;

/** Defaults shared by the commands. */
final class Defaults {
    /** Chosen by measurement on the judged queries and passages/s; see README and docs/benchmarks.md. */
    static final String MODEL = "bge-small-en-v1.5-q";
    static final String INDEX = "index";
    static final String CORPUS = "corpus";

    private Defaults() {
    }
}
