package org.talkarchive.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DjlOfflineModeTest {

    @Test
    void enableSetsOfflineAndTrackingOptOutWhenAbsent() {
        String offline = System.clearProperty(DjlOfflineMode.OFFLINE_PROPERTY);
        String tracking = System.clearProperty(DjlOfflineMode.TRACKING_PROPERTY);
        try {
            DjlOfflineMode.enable();
            assertEquals("true", System.getProperty(DjlOfflineMode.OFFLINE_PROPERTY));
            assertEquals("true", System.getProperty(DjlOfflineMode.TRACKING_PROPERTY));
        } finally {
            restore(DjlOfflineMode.OFFLINE_PROPERTY, offline);
            restore(DjlOfflineMode.TRACKING_PROPERTY, tracking);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
