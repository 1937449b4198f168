package org.talkarchive.corpus;

/**
 * One thing wrong with a corpus file, printed the way compilers do so editors can jump to it:
 * {@code corpus/talks/x.md:12: speakers[1].name is missing}.
 *
 * @param file path shown to the user, starting with the corpus folder's name
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
