package org.talkarchive.index;

/**
 * Names of the index's fields, with why each has the type it has. One index holds two kinds of document: a talk,
 * and a transcript passage of a talk (so a passage can be found, highlighted and linked on its own).
 */
public final class Fields {
    private Fields() {
    }

    /** "talk" or "passage": StringField, so a search is restricted to one kind with a term query. */
    public static final String TYPE = "type";
    public static final String TYPE_TALK = "talk";
    public static final String TYPE_PASSAGE = "passage";

    /** Talk id: StringField (exact, for lookup, filters and delete) + stored; on passages, the talk they belong to. */
    public static final String ID = "id";

    /** Sortable date as epoch day (TBA talks sort last): NumericDocValues only, never searched. */
    public static final String DATE_SORT = "date_sort";

    /** The whole talk record as JSON: stored only, read back to render results without a second source of truth. */
    public static final String TALK_JSON = "talk_json";

    /** Topic ids inferred at index time for talks without curated topics: stored, kept apart from curated ones. */
    public static final String INFERRED_TOPICS = "inferred_topics";

    /** Dataset ids mentioned in the talk's texts: stored for display (the facet field is what filters). */
    public static final String DATASETS = "datasets";

    /** {@link TalkFingerprint} of the talk record and passages: an update rewrites only talks whose hash changed. */
    public static final String CONTENT_HASH = "content_hash";

    /** The embedding, kept as stored bytes too: related talks and topic-less searches read it without the graph. */
    public static final String VECTOR_BYTES = "vector_bytes";

    /** Sentence embedding (HNSW, dot product over L2-normalised vectors) of a talk's title+abstract or of a passage. */
    public static final String VECTOR = "vector";

    // Full-text fields: TextField with the English analyzer, positions and offsets (phrases; fast highlighting).
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    public static final String BIO = "bio";
    public static final String SPEAKER = "speaker";
    public static final String AFFILIATION = "affiliation";
    /** Labels and synonyms of the talk's (curated or inferred) topics: lets "bias" find a fairness talk. */
    public static final String TOPICS_TEXT = "topics_text";
    /** Tags from the talk's source (YouTube, PyVideo), searchable as words; the facet keeps them as values. */
    public static final String TAGS = "tags";
    /** Names and aliases of the datasets the talk mentions. */
    public static final String DATASETS_TEXT = "datasets_text";
    /** On a talk: its whole transcript (matched, not stored); on a passage: the passage's text (stored, shown). */
    public static final String TRANSCRIPT = "transcript";
    /** Unstemmed words of all text: the dictionary the typo corrector looks words up in. */
    public static final String SPELL = "spell";

    /** Passage timing in seconds: stored only. */
    public static final String START = "start";
    public static final String END = "end";
    /** Passage position in its transcript: stored, to order the transcript on the talk page. */
    public static final String ORDINAL = "ordinal";

    /** Commit user data keys. */
    public static final String META_MODEL = "model";
    public static final String META_DIMENSION = "dimension";
    public static final String META_TOPICS = "topics_json";
    public static final String META_DATASETS = "datasets_json";
    /** The archive's identity (archive.yml), so serving needs only the index; absent in older indexes. */
    public static final String META_ARCHIVE = "archive_json";
    public static final String META_TALKS = "talks";
    public static final String META_BUILT = "built";
    /**
     * How transcripts were cut ({@code PassageLength}: MIN-MAX seconds, overlap sentence or none): the next build
     * keeps it unless told otherwise. Not needed to update in place: a talk cut differently has another fingerprint.
     */
    public static final String META_PASSAGE_SECONDS = "passage_seconds";
    public static final String META_PASSAGE_OVERLAP = "passage_overlap";
    /** {@link TalkDocuments#LAYOUT}: an update only patches a generation whose documents are laid out the same. */
    public static final String META_LAYOUT = "layout";
}
