package org.talkarchive.embed;

/**
 * Keeps DJL off the network. Without these settings DJL phones home on engine start (telemetry to
 * 169.254.169.254) and may try to download native libraries. This class imports nothing from DJL, so calling
 * {@link #enable()} never loads a DJL class before the settings are in place.
 */
public final class DjlOfflineMode {

    /** DJL's offline switch ({@code ai.djl.util.Utils.isOfflineMode()} reads it, or the env DJL_OFFLINE). */
    public static final String OFFLINE_PROPERTY = "ai.djl.offline";

    /** DJL's telemetry opt-out, read from the environment or a system property of this name. */
    public static final String TRACKING_PROPERTY = "OPT_OUT_TRACKING";

    private DjlOfflineMode() {
    }

    /** Sets both switches unless the user set them already; idempotent. */
    public static void enable() {
        if (System.getProperty(OFFLINE_PROPERTY) == null) {
            System.setProperty(OFFLINE_PROPERTY, "true");
        }
        if (System.getProperty(TRACKING_PROPERTY) == null) {
            System.setProperty(TRACKING_PROPERTY, "true");
        }
    }
}
