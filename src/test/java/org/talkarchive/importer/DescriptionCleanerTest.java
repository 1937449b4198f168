package org.talkarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DescriptionCleanerTest {

    @Test
    void keepsProseAndDropsLinkListsHashtagsTimestampsAndSeparators() {
        String description = """
                Speaker: Tiarna Lee (King’s College London)

                AI methods are used for segmentation; see https://example.org/paper for the paper we wrote last year.

                Series website: https://medical-datasets.github.io/webinar_talks
                Slides: https://example.org/slides.pdf
                https://example.org
                ------------------
                0:00 Introduction
                1:35 Race bias in cardiac segmentation
                [1:02:03] Questions

                We are #1 at this, and it shows. #MedicalImaging #AI
                #MedicalImaging #AI #datasets
                """;
        assertEquals("""
                Speaker: Tiarna Lee (King’s College London)

                AI methods are used for segmentation; see https://example.org/paper for the paper we wrote last year.

                We are #1 at this, and it shows.""", DescriptionCleaner.clean(description));
    }

    @Test
    void emptyOrMissingDescriptionIsAnEmptyAbstract() {
        assertEquals("", DescriptionCleaner.clean(null));
        assertEquals("", DescriptionCleaner.clean("https://example.org\n#tag\n"));
    }
}
