package org.talkarchive.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * Where a SolrCloud is, as {@code --solr} names it: one or more node URLs ({@code http://host:8983/solr}, comma
 * separated) or a ZooKeeper host list ({@code zk1:2181,zk2:2181/solr}, the chroot optional), and the alias the archive
 * searches and publishes to.
 */
public record SolrTarget(List<String> solrUrls, List<String> zkHosts, Optional<String> zkChroot, String alias) {

    /** The alias the archive publishes its index under unless told otherwise. */
    public static final String DEFAULT_ALIAS = "talks";

    public SolrTarget {
        solrUrls = List.copyOf(solrUrls);
        zkHosts = List.copyOf(zkHosts);
        if (solrUrls.isEmpty() == zkHosts.isEmpty()) {
            throw new IllegalArgumentException("a SolrCloud is named by node URLs or by ZooKeeper hosts");
        }
    }

    /** Reads {@code --solr}: URLs when it starts with http:// or https://, else a ZooKeeper host list. */
    public static SolrTarget parse(String spec, String alias) {
        String text = spec == null ? "" : spec.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("--solr needs a Solr node URL (http://localhost:8983/solr) or a "
                    + "ZooKeeper host list (localhost:9983)");
        }
        if (text.startsWith("http://") || text.startsWith("https://")) {
            List<String> urls = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(SolrTarget::withoutTrailingSlash).toList();
            return new SolrTarget(urls, List.of(), Optional.empty(), alias);
        }
        int slash = text.indexOf('/');
        String hosts = slash < 0 ? text : text.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(text.substring(slash));
        List<String> zk = Arrays.stream(hosts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SolrTarget(List.of(), zk, chroot, alias);
    }

    /**
     * A client for the whole cluster: it reads the cluster's state (from a node or from ZooKeeper) and sends each
     * request to a live node that holds the collection, so one node going down does not stop searches. HTTP goes
     * through the JDK's client (SolrJ's Jetty client would clash with the web server's Jetty).
     */
    public CloudSolrClient connect() {
        CloudSolrClient.Builder builder = solrUrls.isEmpty()
                ? new CloudSolrClient.Builder(zkHosts, zkChroot)
                : new CloudSolrClient.Builder(solrUrls);
        return builder.withHttpClientBuilder(new HttpJdkSolrClient.Builder()
                        .withConnectionTimeout(10, TimeUnit.SECONDS)
                        .withIdleTimeout(120, TimeUnit.SECONDS)
                        .useHttp1_1(true))
                .withDefaultCollection(alias)
                .build();
    }

    /** For messages: "solr alias talks at http://localhost:8983/solr". */
    public String describe() {
        return "solr alias " + alias + " at " + String.join(",", solrUrls.isEmpty()
                ? List.of(String.join(",", zkHosts) + zkChroot.orElse("")) : solrUrls);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
