package org.talkarchive.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One 2-node SolrCloud (Solr 9.10.1's MiniSolrCloudCluster, embedded ZooKeeper) for the whole test run, in a child JVM.
 *
 * <p>Why a child JVM built by a nested Maven run: Solr 9 is built on Lucene 9.12 and cannot share a classpath with the
 * archive's Lucene 10.6, so the cluster is the small Maven project in {@code solr-cluster/}. On first use this class
 * builds it with the project's Maven wrapper ({@code package dependency:build-classpath}: Maven resolves Solr from
 * Central as it resolves everything else; nothing is downloaded at run time beyond that) into the build folder, and
 * reuses that build while solr-cluster/ is unchanged. Surefire runs every test class in one forked JVM, so one
 * cluster serves all of them. The child exits when its stdin closes, which the OS does when this JVM ends however it
 * ends; a shutdown hook also asks it politely. A cluster that cannot be built or started fails the test that asked.
 */
public final class SolrTestCluster {

    private static final int NODES = 2;
    private static final long START_SECONDS = 180;
    private static SolrTestCluster running;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String zkHost;
    private final List<String> nodeUrls = new ArrayList<>();

    private SolrTestCluster(Process process) throws IOException, InterruptedException {
        this.process = process;
        this.commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "solr-cluster-stdout");
        reader.setDaemon(true);
        reader.start();
        String zk = null;
        for (String line = next(START_SECONDS); !line.equals("ready"); line = next(START_SECONDS)) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "zk" -> zk = words[1];
                case "node" -> nodeUrls.add(words[2]);
                default -> throw new IllegalStateException("unexpected line from the Solr cluster: " + line);
            }
        }
        this.zkHost = zk;
    }

    /** The shared cluster, started on first use. */
    public static synchronized SolrTestCluster get() {
        if (running == null) {
            try {
                running = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return running;
    }

    /** The embedded ZooKeeper with its chroot, e.g. "127.0.0.1:40123/solr". */
    public String zkHost() {
        return zkHost;
    }

    /** Each node's base URL, e.g. "http://127.0.0.1:40125/solr". */
    public List<String> nodeUrls() {
        return List.copyOf(nodeUrls);
    }

    /** A target naming the cluster by its node URLs. */
    public SolrTarget target(String alias) {
        return SolrTarget.parse(String.join(",", nodeUrls), alias);
    }

    /** Stops node {@code i} (0 or 1) and waits until it is down. */
    public synchronized void stopNode(int i) throws IOException, InterruptedException {
        command("stop " + i, "stopped " + i);
    }

    /** Starts node {@code i} again on its old port and waits until it is live. */
    public synchronized void startNode(int i) throws IOException, InterruptedException {
        command("start " + i, "started " + i);
    }

    private void command(String command, String answerPrefix) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        String answer = next(120);
        if (!answer.startsWith(answerPrefix)) {
            throw new IllegalStateException("the Solr cluster answered '" + answer + "' to '" + command + "'");
        }
    }

    private String next(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null || line.equals("\u0000eof")) {
            throw new IllegalStateException("the Solr cluster " + (line == null
                    ? "said nothing for " + seconds + " s" : "closed its output")
                    + "; its log is " + logFile());
        }
        return line;
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
        lines.add("\u0000eof");
    }

    private static SolrTestCluster start() throws IOException, InterruptedException {
        Path build = buildDir();
        Path classpath = build.resolve("classpath.txt");
        Path jar = build.resolve("talk-archive-solr-cluster.jar");
        if (!upToDate(classpath, jar)) {
            buildClusterProject(build, classpath);
        }
        List<String> command = List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", jar + java.io.File.pathSeparator + Files.readString(classpath).strip(),
                "org.talkarchive.solrcluster.ClusterMain", String.valueOf(NODES));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(logFile().toFile()))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
        return new SolrTestCluster(process);
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    /** Builds solr-cluster/ with the Maven wrapper; its output goes to a log kept beside the build. */
    private static void buildClusterProject(Path build, Path classpath) throws IOException, InterruptedException {
        Files.createDirectories(build);
        Path log = build.resolve("build.log");
        Path base = projectDir();
        ProcessBuilder mavenRun = new ProcessBuilder(base.resolve("mvnw").toString(), "-B", "-q",
                "-f", base.resolve("solr-cluster/pom.xml").toString(), "-Dbuild.dir=" + build,
                "package", "dependency:build-classpath", "-Dmdep.outputFile=" + classpath)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Built with the Java that runs the tests (21+), as the cluster then runs on it.
        mavenRun.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = mavenRun.start();
        if (!maven.waitFor(15, TimeUnit.MINUTES) || maven.exitValue() != 0) {
            maven.destroyForcibly();
            throw new IllegalStateException("building solr-cluster/ failed; see " + log + ":\n"
                    + tail(Files.readString(log)));
        }
    }

    private static boolean upToDate(Path classpath, Path jar) throws IOException {
        if (!Files.exists(classpath) || !Files.exists(jar)) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(classpath);
        try (Stream<Path> sources = Files.walk(projectDir().resolve("solr-cluster"))) {
            return sources.filter(Files::isRegularFile).noneMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).compareTo(built) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    /** Beside the archive's own build output (surefire passes -Dbuild.dir's solr-cluster folder), else target/. */
    private static Path buildDir() {
        String configured = System.getProperty("solr.cluster.build.dir");
        return configured != null ? Path.of(configured) : projectDir().resolve("target/solr-cluster");
    }

    private static Path logFile() {
        return buildDir().resolve("cluster.log");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
