package org.talkarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Measures {@code serve} over HTTP on loopback, as a visitor's browser or an API client meets it: its own process
 * ({@link ServeChild}) from start to first answer, latency per endpoint and search mode with one keep-alive client
 * after {@link #WARM_UP_REQUESTS} untimed requests, hybrid throughput with 1 and 4 clients, and resident memory under
 * load. Each figure is printed; with a rows file each is also appended as one tab-separated line (archive size,
 * figure, value) for {@link LatencyChart}.
 */
final class HttpBench {
    /** Requests per client in the throughput runs. */
    private static final int THROUGHPUT_REQUESTS = 200;
    /**
     * Untimed requests before each endpoint's timed ones. A fresh process answers its first few hundred searches
     * twice as slowly while the JIT compiles them (keyword at 30 talks: 10 ms over the first 100, 4.5 ms from the
     * 500th), and a server that runs for days is measured warm.
     */
    static final int WARM_UP_REQUESTS = 500;
    /** Requests per endpoint in the run that writes an AOT cache: enough to load and profile every path. */
    private static final int AOT_TRAINING_REQUESTS = 50;

    private record Endpoint(String name, IntFunction<String> path) {
    }

    private final List<String> queries;
    private final int rounds;
    private final PrintStream out;
    private final Path rows;
    private final String heapFlag;
    private int talks;

    /** @param heap serve's -Xmx (docs/deploy.md's 512m unless the bench is told otherwise) */
    HttpBench(List<String> queries, int rounds, PrintStream out, Path rows, String heap) {
        this.heapFlag = "-Xmx" + heap;
        this.queries = queries;
        this.rounds = rounds;
        this.out = out;
        this.rows = rows;
    }

    /** @param ids the talks of the index, for the talk page and related endpoints */
    void run(Path index, List<String> ids) throws Exception {
        talks = ids.size();
        out.println("serve started with " + heapFlag);
        try (ServeChild serve = ServeChild.start(index, firstPath(), List.of(heapFlag))) {
            String base = serve.base();
            figure("serve: process start to first hybrid answer (ms)", serve.startUpMillis());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (Endpoint endpoint : endpoints(ids)) {
                latency(client, base, endpoint);
            }
            throughput(base, 1, serve);
            double peak = throughput(base, 4, serve);
            figure("serve: resident memory, peak under 4 clients (MiB)", peak);
            figure("serve: resident memory after the runs (MiB)", serve.residentMiB());
        }
        startUpWithAotCache(index, ids);
    }

    /**
     * Start-up as docs/deploy.md advises on JDK 25: a first run writes an ahead-of-time cache of the classes it loaded
     * and how its methods ran (a few requests to every endpoint, then a stop), and the next start uses it.
     */
    private void startUpWithAotCache(Path index, List<String> ids) throws Exception {
        if (Runtime.version().feature() < 25) {
            out.println("(no start-up with an AOT cache: it needs JDK 25, this is " + Runtime.version() + ")");
            return;
        }
        if (!ServeChild.runsFromJars()) {
            out.println("(no start-up with an AOT cache: it is made of classes in jars; run bench from the jar)");
            return;
        }
        Path folder = Files.createTempDirectory("bench-aot");
        Path cache = folder.resolve("serve.aot");
        try {
            try (ServeChild training = ServeChild.start(index, firstPath(),
                    List.of(heapFlag, "-XX:AOTCacheOutput=" + cache))) {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (Endpoint endpoint : endpoints(ids)) {
                    for (int i = 0; i < AOT_TRAINING_REQUESTS; i++) {
                        get(client, training.base() + endpoint.path().apply(i));
                    }
                }
            }
            if (!Files.exists(cache)) {
                out.println("(no start-up with an AOT cache: serve wrote none when it stopped)");
                return;
            }
            // AOTMode=on: a cache the JVM cannot use stops it, rather than being measured as if it were used.
            try (ServeChild cached = ServeChild.start(index, firstPath(),
                    List.of(heapFlag, "-XX:AOTMode=on", "-XX:AOTCache=" + cache))) {
                figure("serve: process start to first hybrid answer, AOT cache (ms)", cached.startUpMillis());
            }
        } catch (IOException e) {
            // The figures before it stand; say why this one is missing.
            out.println("(no start-up with an AOT cache: " + e.getMessage() + ")");
        } finally {
            deleteQuietly(folder); // the JVM may leave its serve.aot.config beside the cache
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary folder left behind must not hide the figures or the reason printed.
        }
    }

    private String firstPath() {
        return "/api/v1/search?q=" + encode(queries.get(0));
    }

    private List<Endpoint> endpoints(List<String> ids) {
        return List.of(
                new Endpoint("hybrid", i -> "/api/v1/search?q=" + query(i)),
                new Endpoint("keyword", i -> "/api/v1/search?mode=keyword&q=" + query(i)),
                new Endpoint("semantic", i -> "/api/v1/search?mode=semantic&q=" + query(i)),
                new Endpoint("related", i -> "/api/v1/talks/" + ids.get(i * 7919 % ids.size()) + "/related"),
                new Endpoint("suggest", i -> "/api/v1/suggest?q=" + encode(prefix(queries.get(i % queries.size())))),
                new Endpoint("home page", i -> "/"),
                new Endpoint("talk page", i -> "/talks/" + ids.get(i * 7919 % ids.size())),
                new Endpoint("facet browse", i -> "/search?status=past&page=" + (1 + i % 3)));
    }

    private void latency(HttpClient client, String base, Endpoint endpoint) throws Exception {
        int count = queries.size() * rounds;
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            get(client, base + endpoint.path().apply(i));
        }
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            get(client, base + endpoint.path().apply(i));
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        figure(endpoint.name() + " p50 (ms)", percentile(micros, 0.50));
        figure(endpoint.name() + " p99 (ms)", percentile(micros, 0.99));
    }

    /**
     * Hybrid searches per second with {@code clients} clients at once, each on its own keep-alive connection; returns
     * serve's peak resident memory meanwhile (sampled every 50 ms).
     */
    private double throughput(String base, int clients, ServeChild serve) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 13;
                runs.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    for (int i = 0; i < THROUGHPUT_REQUESTS; i++) {
                        get(client, base + "/api/v1/search?q=" + query(offset + i));
                    }
                    return null;
                }));
            }
            double peak = 0;
            for (Future<?> run : runs) {
                while (!run.isDone()) {
                    peak = Math.max(peak, serve.residentMiB());
                    Thread.sleep(50);
                }
                run.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            figure("hybrid throughput, " + clients + " client(s) (requests/s)",
                    clients * THROUGHPUT_REQUESTS / seconds);
            return peak;
        } finally {
            pool.shutdown();
        }
    }

    private String query(int i) {
        return encode(queries.get(i % queries.size()));
    }

    private static String prefix(String query) {
        String word = query.strip().split("\\s+")[0];
        return word.substring(0, Math.min(4, word.length()));
    }

    private static void get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(long[] sortedMicros, double p) {
        return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.floor(p * sortedMicros.length))] / 1000.0;
    }

    private void figure(String name, double value) throws IOException {
        out.printf(Locale.ROOT, "%-55s %10.1f%n", name, value);
        if (rows != null) {
            Files.writeString(rows, String.format(Locale.ROOT, "%d\t%s\t%.2f%n", talks, name, value),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
