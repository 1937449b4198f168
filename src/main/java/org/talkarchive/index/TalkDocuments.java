package org.talkarchive.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.Topic;

/** The one converter from an {@link IndexedTalk} to Lucene documents: the talk, then one document per passage. */
public final class TalkDocuments {

    /**
     * Version of what this class writes. Change it with any change to the fields or their types: the next build is
     * then a full one, not an update that would mix old and new documents in one index.
     */
    public static final String LAYOUT = "1";

    /** Analyzed, stored, with offsets so the highlighter need not re-analyze hour-long transcripts. */
    static final FieldType TEXT_WITH_OFFSETS = textType(true, true);
    /** A talk's whole transcript: same postings as the passages' field (Lucene wants one schema), not stored. */
    static final FieldType TEXT_WITH_OFFSETS_UNSTORED = textType(false, true);
    /** Analyzed but not stored: text that only feeds matching (topic synonyms, the spelling dictionary). */
    static final FieldType TEXT_UNSTORED = textType(false, false);

    private final Map<String, Topic> topics;
    private final Map<String, Dataset> datasets;

    public TalkDocuments(List<Topic> topics, List<Dataset> datasets) {
        this.topics = topics.stream().collect(Collectors.toMap(Topic::id, t -> t));
        this.datasets = datasets.stream().collect(Collectors.toMap(Dataset::id, d -> d));
    }

    public List<Document> documentsOf(IndexedTalk indexed) {
        List<Document> docs = new ArrayList<>();
        docs.add(talkDocument(indexed));
        for (int i = 0; i < indexed.passages().size(); i++) {
            docs.add(passageDocument(indexed.talk(), indexed.passages().get(i), indexed.passageVectors().get(i)));
        }
        return docs;
    }

    private Document talkDocument(IndexedTalk indexed) {
        Talk talk = indexed.talk();
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_TALK, Field.Store.NO));
        doc.add(new StringField(Fields.ID, talk.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.TALK_JSON, TalkJson.write(talk)));
        doc.add(new StoredField(Fields.CONTENT_HASH, indexed.contentHash()));
        doc.add(new NumericDocValuesField(Fields.DATE_SORT,
                talk.date() == null ? Long.MAX_VALUE : talk.date().toEpochDay()));
        indexed.inferredTopics().forEach(t -> doc.add(new StoredField(Fields.INFERRED_TOPICS, t)));
        indexed.datasets().forEach(d -> doc.add(new StoredField(Fields.DATASETS, d)));

        doc.add(new Field(Fields.TITLE, talk.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.ABSTRACT, talk.abstractText(), TEXT_WITH_OFFSETS));
        for (Speaker s : talk.speakers()) {
            doc.add(new Field(Fields.SPEAKER, s.name(), TEXT_WITH_OFFSETS));
            String where = joinKnown(s.affiliation(), s.country());
            if (!where.isEmpty()) {
                doc.add(new Field(Fields.AFFILIATION, where, TEXT_WITH_OFFSETS));
            }
            if (!s.bio().isBlank()) {
                doc.add(new Field(Fields.BIO, s.bio(), TEXT_WITH_OFFSETS));
            }
        }
        doc.add(new Field(Fields.TOPICS_TEXT, topicText(indexed.effectiveTopics()), TEXT_UNSTORED));
        if (!talk.tags().isEmpty()) {
            doc.add(new Field(Fields.TAGS, String.join(". ", talk.tags()), TEXT_UNSTORED));
        }
        doc.add(new Field(Fields.DATASETS_TEXT, datasetText(indexed.datasets()), TEXT_UNSTORED));
        String transcript = indexed.passages().stream().map(Passage::text).collect(Collectors.joining(" "));
        if (!transcript.isEmpty()) {
            // Matched here, shown from the passage documents: storing an hour of text twice would only cost space.
            doc.add(new Field(Fields.TRANSCRIPT, transcript, TEXT_WITH_OFFSETS_UNSTORED));
        }
        doc.add(new Field(Fields.SPELL, spellText(talk, transcript), TEXT_UNSTORED));

        doc.add(new KnnFloatVectorField(Fields.VECTOR, indexed.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(Fields.VECTOR_BYTES, toBytes(indexed.vector())));
        addFacets(doc, indexed);
        return doc;
    }

    /** One facet field per value of every declared dimension. */
    private static void addFacets(Document doc, IndexedTalk indexed) {
        for (FacetDimension dim : FacetDimension.values()) {
            dim.valuesOf(indexed).forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim.field(), v)));
        }
    }

    /** "Affiliation, Country" from whichever of the two is known. */
    public static String joinKnown(String... parts) {
        return String.join(", ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private Document passageDocument(Talk talk, Passage passage, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_PASSAGE, Field.Store.NO));
        doc.add(new StringField(Fields.ID, talk.id(), Field.Store.YES));
        doc.add(new Field(Fields.TRANSCRIPT, passage.text(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(Fields.START, passage.start()));
        doc.add(new StoredField(Fields.END, passage.end()));
        doc.add(new StoredField(Fields.ORDINAL, passage.ordinal()));
        // Not stored as bytes too (unlike a talk's): nothing reads a passage's vector back, and 100,000 of them
        // would add 150 MB to the index.
        doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /** The text of the topics_text field: labels and synonyms of the talk's topics (the Solr backend writes it too). */
    public String topicText(List<String> topicIds) {
        StringBuilder text = new StringBuilder();
        for (String id : topicIds) {
            Topic topic = topics.get(id);
            if (topic != null) {
                text.append(topic.label()).append(". ").append(String.join(", ", topic.synonyms())).append(". ");
            }
        }
        return text.toString();
    }

    /** The text of the datasets_text field: names and aliases of the datasets mentioned. */
    public String datasetText(Set<String> datasetIds) {
        StringBuilder text = new StringBuilder();
        for (String id : datasetIds) {
            Dataset dataset = datasets.get(id);
            if (dataset != null) {
                text.append(dataset.name()).append(". ").append(String.join(", ", dataset.aliases())).append(". ");
            }
        }
        return text.toString();
    }

    /** The text of the spell field: every word of the talk, for the typo corrector's dictionary. */
    public static String spellText(Talk talk, String transcript) {
        StringBuilder text = new StringBuilder(talk.title()).append(' ').append(talk.abstractText());
        for (Speaker s : talk.speakers()) {
            text.append(' ').append(s.name()).append(' ').append(joinKnown(s.affiliation())).append(' ').append(s.bio());
        }
        return text.append(' ').append(transcript).toString();
    }

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }

    private static FieldType textType(boolean stored, boolean offsets) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(offsets
                ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
