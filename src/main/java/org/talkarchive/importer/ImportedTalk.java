package org.talkarchive.importer;

import java.nio.file.Path;
import org.talkarchive.corpus.Talk;

/**
 * One talk read from a source, before it has a place in the corpus.
 *
 * @param sourceKey  stable name of the record in its source ("pyvideo:pycon-us-2019/videos/x.json"): the import
 *                   state remembers which talk id it got, so ids never change between runs
 * @param talk       the talk; its id is the preferred one (a slug of the title or file name)
 * @param transcript captions to copy as the talk's transcript (.vtt or .srt), or null
 */
public record ImportedTalk(String sourceKey, Talk talk, Path transcript) {

    /** The talk under the id it gets in the corpus. */
    Talk withId(String id) {
        Talk t = talk;
        return new Talk(id, t.series(), t.season(), t.episode(), t.date(), t.status(), t.title(), t.speakers(),
                t.video(), t.topics(), t.tags(), t.language(), t.chapters(), t.abstractText(), "talks/" + id + ".md");
    }
}
