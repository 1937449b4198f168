package org.talkarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the build's version (from the Maven project, filtered into version.properties) and the model. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"talk-archive " + p.getProperty("version", "(unknown version)"),
                "default embedding model: " + Defaults.MODEL + " (BAAI/bge-small-en-v1.5, int8 ONNX, bundled; "
                        + "run offline through DJL and ONNX Runtime)"};
    }
}
