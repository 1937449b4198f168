package org.talkarchive.cli;

import java.util.List;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Every library logs through SLF4J to slf4j-simple, configured by {@code simplelogger.properties} (the defaults:
 * warnings of ours and errors of the libraries) and, for {@code --quiet} and {@code --verbose}, by system properties,
 * which slf4j-simple reads before that file. Must run before the first logger is created, which is why
 * {@link Main} calls it before a command starts.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";
    /** The libraries whose INFO and WARN lines are noise for a user (CUDA probes, platform detection, banners). */
    private static final List<String> LIBRARIES = List.of("ai.djl", "org.apache.lucene", "io.javalin",
            "org.eclipse.jetty");

    private Logging() {
    }

    static void configure(Verbosity verbosity) {
        // java.util.logging (Lucene's) goes through SLF4J too, so one configuration covers everything.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        switch (verbosity) {
            case QUIET -> levels("error", "error");
            case VERBOSE -> levels("info", "info");
            case NORMAL -> {
                // simplelogger.properties as shipped
            }
        }
    }

    /** Overrides the file's levels; a level given with -D on the command line wins over both. */
    private static void levels(String ours, String libraries) {
        setIfAbsent(PREFIX + "defaultLogLevel", ours);
        LIBRARIES.forEach(l -> setIfAbsent(PREFIX + "log." + l, libraries));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
