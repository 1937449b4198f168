package org.talkarchive.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The configset the archive ships (src/main/resources/solr/configset: schema, solrconfig, the analyser's word and
 * character lists) and uploads before it builds a collection. Its name carries a hash of its files, so a changed
 * configset is uploaded beside the one the live collection uses instead of over it.
 */
public final class SolrConfigset {

    /** The files of the configset, all of them: what is not listed here is not uploaded. */
    static final List<String> FILES = List.of("solrconfig.xml", "schema.xml", "stopwords_en.txt",
            "mapping-archive.txt", "query-gaps.txt");

    private static final String RESOURCES = "/solr/configset/";

    private final Map<String, byte[]> files;
    private final String name;

    private SolrConfigset(Map<String, byte[]> files) {
        this.files = files;
        this.name = "talk_archive_" + hash(files);
    }

    /** The shipped configset, read from the classpath. */
    public static SolrConfigset shipped() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = SolrConfigset.class.getResourceAsStream(RESOURCES + file)) {
                if (in == null) {
                    throw new IllegalStateException("the Solr configset file " + file + " is missing from the build");
                }
                files.put(file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SolrConfigset(files);
    }

    /** The name it is uploaded under, e.g. "talk_archive_3f2a9c01de". */
    public String name() {
        return name;
    }

    /** The file's bytes, as uploaded. */
    public byte[] file(String file) {
        return files.get(file).clone();
    }

    /** Uploads it unless the cluster already has it (same name, so the same files). */
    public void uploadIfMissing(SolrClient client) throws IOException, SolrServerException {
        List<String> present = new ConfigSetAdminRequest.List().process(client).getConfigSets();
        if (present != null && present.contains(name)) {
            return;
        }
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zip(), name + ".zip",
                "application/octet-stream");
        new ConfigSetAdminRequest.Upload().setConfigSetName(name).setUploadStream(zip).process(client);
    }

    /** The files as Solr's configset upload wants them: a zip with the files at its root. */
    byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((file, content) -> {
                sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
