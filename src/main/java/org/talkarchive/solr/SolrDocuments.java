package org.talkarchive.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrInputDocument;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexedTalk;
import org.talkarchive.index.TalkDocuments;
import org.talkarchive.index.TalkJson;

/**
 * The converter from an {@link IndexedTalk} to Solr documents, field for field what {@link TalkDocuments} writes into
 * the embedded index (the same texts, so the same terms): the talk, then one document per passage.
 */
final class SolrDocuments {

    private final TalkDocuments texts;

    SolrDocuments(Corpus corpus) {
        this.texts = new TalkDocuments(corpus.topics(), corpus.datasets());
    }

    List<SolrInputDocument> documentsOf(IndexedTalk indexed) {
        List<SolrInputDocument> docs = new ArrayList<>();
        docs.add(talkDocument(indexed));
        for (int i = 0; i < indexed.passages().size(); i++) {
            docs.add(passageDocument(indexed.talk(), indexed.passages().get(i), indexed.passageVectors().get(i)));
        }
        return docs;
    }

    /** The one document that carries what the build used (index.Fields.META_*), read back by the engine. */
    static SolrInputDocument metaDocument(Map<String, String> meta) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrFields.KEY, SolrFields.META_KEY);
        doc.setField(SolrFields.TYPE, SolrFields.TYPE_META);
        doc.setField(SolrFields.META_JSON, TalkJson.write(meta));
        return doc;
    }

    private SolrInputDocument talkDocument(IndexedTalk indexed) {
        Talk talk = indexed.talk();
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrFields.KEY, talk.id());
        doc.setField(SolrFields.TYPE, Fields.TYPE_TALK);
        doc.setField(SolrFields.TALK_ID, talk.id());
        doc.setField(Fields.TALK_JSON, TalkJson.write(talk));
        doc.setField(Fields.CONTENT_HASH, indexed.contentHash());
        doc.setField(Fields.DATE_SORT, talk.date() == null ? Long.MAX_VALUE : talk.date().toEpochDay());
        indexed.inferredTopics().forEach(t -> doc.addField(Fields.INFERRED_TOPICS, t));
        indexed.datasets().forEach(d -> doc.addField(Fields.DATASETS, d));

        doc.setField(Fields.TITLE, talk.title());
        doc.setField(Fields.ABSTRACT, talk.abstractText());
        for (Speaker s : talk.speakers()) {
            doc.addField(Fields.SPEAKER, s.name());
            String where = TalkDocuments.joinKnown(s.affiliation(), s.country());
            if (!where.isEmpty()) {
                doc.addField(Fields.AFFILIATION, where);
            }
            if (!s.bio().isBlank()) {
                doc.addField(Fields.BIO, s.bio());
            }
        }
        doc.setField(Fields.TOPICS_TEXT, texts.topicText(indexed.effectiveTopics()));
        if (!talk.tags().isEmpty()) {
            doc.setField(Fields.TAGS, String.join(". ", talk.tags()));
        }
        doc.setField(Fields.DATASETS_TEXT, texts.datasetText(indexed.datasets()));
        String transcript = indexed.passages().stream().map(Passage::text).collect(Collectors.joining(" "));
        if (!transcript.isEmpty()) {
            doc.setField(Fields.TRANSCRIPT, transcript);
        }
        doc.setField(Fields.SPELL, TalkDocuments.spellText(talk, transcript));
        doc.setField(Fields.VECTOR, asList(indexed.vector()));
        doc.setField(Fields.VECTOR_BYTES, TalkDocuments.toBytes(indexed.vector()));
        for (FacetDimension dim : FacetDimension.values()) {
            dim.valuesOf(indexed).forEach(v -> doc.addField(SolrFields.facet(dim), v));
        }
        return doc;
    }

    private static SolrInputDocument passageDocument(Talk talk, Passage passage, float[] vector) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrFields.KEY, SolrFields.passageKey(talk.id(), passage.ordinal()));
        doc.setField(SolrFields.TYPE, Fields.TYPE_PASSAGE);
        doc.setField(SolrFields.TALK_ID, talk.id());
        doc.setField(Fields.TRANSCRIPT, passage.text());
        doc.setField(SolrFields.PASSAGE_TEXT, passage.text());
        doc.setField(Fields.START, passage.start());
        doc.setField(Fields.END, passage.end());
        doc.setField(Fields.ORDINAL, passage.ordinal());
        doc.setField(Fields.VECTOR, asList(vector));
        return doc;
    }

    /** DenseVectorField takes a list of numbers. */
    static List<Float> asList(float[] vector) {
        List<Float> out = new ArrayList<>(vector.length);
        for (float v : vector) {
            out.add(v);
        }
        return out;
    }
}
