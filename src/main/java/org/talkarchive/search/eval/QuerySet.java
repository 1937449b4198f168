package org.talkarchive.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A judged query set read from a tab-separated file: {@code qid<TAB>query text<TAB>kind}.
 * The kind column is optional (missing means "unspecified"), so plain TREC topic files
 * ({@code qid<TAB>text}) read too. Blank lines and lines starting with {@code #} are comments.
 * Order of the file is kept: runs and reports list queries in the order they were written.
 */
public final class QuerySet {
    public static final String UNSPECIFIED_KIND = "unspecified";

    private final Map<String, JudgedQuery> byId;

    private QuerySet(Map<String, JudgedQuery> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static QuerySet read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file, e);
        }
    }

    public static QuerySet parse(String text, String source) {
        try {
            return parse(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads queries; any bad line throws an {@link EvalInputException} naming {@code source} and the line. */
    public static QuerySet parse(Reader reader, String source) throws IOException {
        Map<String, JudgedQuery> byId = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields.length > 3) {
                throw new EvalInputException(source, number,
                        "expected 'qid<TAB>query<TAB>kind' (2 or 3 tab-separated fields) but found " + fields.length
                                + " field(s): " + line);
            }
            String id = fields[0].strip();
            String text = fields[1].strip();
            String kind = fields.length == 3 && !fields[2].isBlank() ? fields[2].strip() : UNSPECIFIED_KIND;
            if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
                throw new EvalInputException(source, number, "query id must be one word without spaces: '" + id + "'");
            }
            if (text.isEmpty()) {
                throw new EvalInputException(source, number, "query " + id + " has no text");
            }
            if (byId.containsKey(id)) {
                throw new EvalInputException(source, number, "duplicate query id " + id);
            }
            byId.put(id, new JudgedQuery(id, text, kind));
        }
        if (byId.isEmpty()) {
            throw new EvalInputException(source, number, "no queries found");
        }
        return new QuerySet(byId);
    }

    /** A set made from queries read elsewhere (a benchmark's queries.jsonl); ids must be distinct. */
    public static QuerySet of(List<JudgedQuery> queries) {
        Map<String, JudgedQuery> byId = new LinkedHashMap<>();
        for (JudgedQuery q : queries) {
            if (byId.put(q.id(), q) != null) {
                throw new IllegalArgumentException("duplicate query id " + q.id());
            }
        }
        return new QuerySet(byId);
    }

    public List<JudgedQuery> queries() {
        return List.copyOf(byId.values());
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    public Optional<JudgedQuery> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The kinds in order of first appearance. */
    public List<String> kinds() {
        Set<String> kinds = new LinkedHashSet<>();
        byId.values().forEach(q -> kinds.add(q.kind()));
        return List.copyOf(kinds);
    }

    public List<JudgedQuery> ofKind(String kind) {
        List<JudgedQuery> result = new ArrayList<>();
        for (JudgedQuery q : byId.values()) {
            if (q.kind().equals(kind)) {
                result.add(q);
            }
        }
        return result;
    }

    public int size() {
        return byId.size();
    }
}
