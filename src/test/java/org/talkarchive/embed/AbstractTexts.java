package org.talkarchive.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real abstract text of the series. Whole abstracts come from the bundled corpus; the sentences whose vectors are
 * pinned are copied here verbatim (from the series' site) so that editing the corpus never moves a pinned value.
 */
final class AbstractTexts {

    private static final Path TALKS = Path.of("corpus", "talks");
    private static final Pattern FRONT_MATTER = Pattern.compile("---\\R.*?\\R---\\R", Pattern.DOTALL);

    /** A sentence from the abstract of the shortcut-learning talk; its vectors are pinned. */
    static final String SHORTCUT_SENTENCE = "One potential driver of algorithmic unfairness, shortcut learning,"
            + " arises when ML models base predictions on improper correlations in the training data.";

    /** "Seeing the Same Brain Twice: Data Leakage and Identity Bias in Brain MRI Analysis" (whole abstract). */
    static final String DATA_LEAKAGE = "Deep learning models for medical imaging are often praised for their"
            + " accuracy and the potential for healthcare application. However, many overlook subtle pitfalls that can"
            + " undermine real-world applicability. One such issue is data leakage, which can lead to misleadingly"
            + " optimistic performance. In this talk, we explore how subtle forms of data leakage, especially in"
            + " longitudinal data, can lead models to exploit subject identity rather than learning meaningful clinical"
            + " features. We discuss the challenges of cross-validation design in this context, and how even"
            + " robust-looking 3D CNNs can pick up identity cues when repeated scans of the same subject leak into both"
            + " training and validation sets. The use of GradCAM further exposes the shortcuts taken by the model. By"
            + " revisiting our findings from the Alzheimer's disease classification task, we reflect on how careful"
            + " dataset splitting and evaluation strategies can improve robustness and fairness in neuroimaging AI.";

    private AbstractTexts() {
    }

    /** The abstract of a corpus talk: the Markdown body after the YAML front matter of corpus/talks/ID.md. */
    static String abstractOf(String talkId) {
        Path file = TALKS.resolve(talkId + ".md");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher frontMatter = FRONT_MATTER.matcher(text);
            if (!frontMatter.lookingAt()) {
                throw new IllegalStateException(file + ": no YAML front matter");
            }
            return text.substring(frontMatter.end()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
