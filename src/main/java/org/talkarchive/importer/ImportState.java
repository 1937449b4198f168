package org.talkarchive.importer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code corpus/import-state.json}: for every imported record (by its source key) the talk id it got and the
 * SHA-256 of the talk file and transcript as last written. A file whose hash differs was edited by hand since,
 * and is not overwritten. Keys are sorted and nothing time-dependent is stored, so an unchanged import leaves the
 * file byte for byte as it was.
 */
final class ImportState {
    static final String FILE = "import-state.json";

    /** @param transcript file name under transcripts/, or null; hashes are hex SHA-256, null when unknown */
    record Entry(String id, String talkHash, String transcript, String transcriptHash) {
    }

    private final Map<String, Entry> entries;

    private ImportState(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static ImportState load(Path corpus) throws IOException {
        Path file = corpus.resolve(FILE);
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.exists(file)) {
            return new ImportState(entries);
        }
        JsonNode talks = JsonRecords.MAPPER.readTree(file.toFile()).path("talks");
        talks.properties().forEach(e -> entries.put(e.getKey(), new Entry(JsonRecords.text(e.getValue(), "id"),
                JsonRecords.text(e.getValue(), "talk_sha256"), JsonRecords.text(e.getValue(), "transcript"),
                JsonRecords.text(e.getValue(), "transcript_sha256"))));
        return new ImportState(entries);
    }

    Optional<Entry> get(String sourceKey) {
        return Optional.ofNullable(entries.get(sourceKey));
    }

    void put(String sourceKey, Entry entry) {
        entries.put(sourceKey, entry);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** Writes the state only when it changed. */
    void save(Path corpus) throws IOException {
        ObjectNode root = JsonRecords.MAPPER.createObjectNode();
        root.put("about", "Written by talk-archive import: the talk id each source record got and the SHA-256 of"
                + " the files as imported. A file whose hash differs was edited by hand and is kept; --force"
                + " overwrites it.");
        ObjectNode talks = root.putObject("talks");
        entries.forEach((key, e) -> {
            ObjectNode node = talks.putObject(key);
            node.put("id", e.id());
            node.put("talk_sha256", e.talkHash());
            if (e.transcript() != null) {
                node.put("transcript", e.transcript());
                node.put("transcript_sha256", e.transcriptHash());
            }
        });
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        byte[] bytes = (JsonRecords.MAPPER.writer(printer).writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        GeneratedFiles.writeIfChanged(corpus.resolve(FILE), bytes);
    }
}
