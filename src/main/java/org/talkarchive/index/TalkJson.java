package org.talkarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.List;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.Topic;

/** The JSON form in which talks and the taxonomy are stored in the index, so results render from the index alone. */
public final class TalkJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TalkJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Talk readTalk(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<Topic> readTopics(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<Dataset> readDatasets(String json) {
        return read(json, new TypeReference<>() { });
    }

    /** The identity stored with the index; an index built before identities were stored gets the default. */
    public static ArchiveIdentity readArchive(String json) {
        return json == null ? ArchiveIdentity.defaults() : read(json, new TypeReference<>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("index holds unreadable JSON; rebuild it with `index`", e);
        }
    }
}
