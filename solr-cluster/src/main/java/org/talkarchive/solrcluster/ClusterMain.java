package org.talkarchive.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of a few nodes with an embedded ZooKeeper, driven over stdin/stdout by the archive's tests.
 *
 * <p>Says on stdout, one line each: {@code zk HOST:PORT}, {@code node I URL} per node, then {@code ready}. Reads
 * commands on stdin: {@code stop I} (answers {@code stopped I}) and {@code start I} (answers {@code started I URL}).
 * When stdin closes (the test JVM ended, however it ended) the cluster shuts down and the process exits, so no
 * cluster outlives the tests. Solr's own logging goes to stderr.
 */
public final class ClusterMain {
    private ClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path base = Files.createTempDirectory("solr-cluster");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        try {
            out.println("zk " + cluster.getZkServer().getZkAddress());
            // Our own list: the cluster drops a stopped node from its list, and a node restarts from its runner.
            List<JettySolrRunner> runners = new java.util.ArrayList<>(cluster.getJettySolrRunners());
            for (int i = 0; i < runners.size(); i++) {
                out.println("node " + i + " " + runners.get(i).getBaseUrl());
            }
            out.println("ready");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split("\\s+");
                int node = words.length > 1 ? Integer.parseInt(words[1]) : -1;
                try {
                    switch (words[0]) {
                        case "stop" -> {
                            cluster.stopJettySolrRunner(runners.get(node));
                            waitForStop(cluster, runners.get(node));
                            out.println("stopped " + node);
                        }
                        case "start" -> {
                            // The same port again, so the node keeps its name and its replicas.
                            JettySolrRunner runner = cluster.startJettySolrRunner(runners.get(node), true);
                            cluster.waitForNode(runner, 60);
                            out.println("started " + node + " " + runner.getBaseUrl());
                        }
                        default -> out.println("unknown " + line);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    out.println("failed " + line + ": " + e);
                }
            }
        } finally {
            cluster.shutdown();
            deleteQuietly(base);
        }
        System.exit(0);
    }

    /**
     * Waits until ZooKeeper no longer lists a stopped node. MiniSolrCloudCluster.waitForJettyToStop gives up after
     * 15 s, which a loaded CI machine exceeded once; up to 6 of its waits (90 s, within the 120 s the test waits for
     * an answer) are allowed here.
     */
    private static void waitForStop(MiniSolrCloudCluster cluster, JettySolrRunner runner) throws Exception {
        for (int wait = 1; ; wait++) {
            try {
                cluster.waitForJettyToStop(runner);
                return;
            } catch (java.util.concurrent.TimeoutException slow) {
                if (wait == 6) {
                    throw slow;
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temp folder left behind is not worth failing a test run for
        }
    }
}
