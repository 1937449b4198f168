package org.talkarchive.web;

import java.util.List;

/**
 * What the web app needs to know about where it runs.
 *
 * @param corsOrigins    origins allowed to call the read-only API from a browser; "*" allows any (never with credentials)
 * @param frameAncestors origins allowed to frame the widget's iframe variant; "*" allows any
 * @param publicBaseUrl  the address people reach the app at, e.g. {@code https://talks.example.org}; used in feeds,
 *                       citations and the API's absolute links
 * @param rateLimit      requests per client address to the API and the search page
 */
public record WebConfig(List<String> corsOrigins, List<String> frameAncestors, String publicBaseUrl,
                        RateLimit rateLimit) {

    public static final String ANY = "*";

    public WebConfig {
        corsOrigins = List.copyOf(corsOrigins);
        frameAncestors = List.copyOf(frameAncestors);
        if (publicBaseUrl == null || !publicBaseUrl.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("public base URL must start with http:// or https://: " + publicBaseUrl);
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        if (rateLimit == null) {
            throw new IllegalArgumentException("rate limit is missing: use RateLimit.OFF for none");
        }
    }

    /** No rate limit. */
    public WebConfig(List<String> corsOrigins, List<String> frameAncestors, String publicBaseUrl) {
        this(corsOrigins, frameAncestors, publicBaseUrl, RateLimit.OFF);
    }

    /** The same settings with another rate limit. */
    public WebConfig withRateLimit(RateLimit limit) {
        return new WebConfig(corsOrigins, frameAncestors, publicBaseUrl, limit);
    }

    /** Any origin may call the API and frame the widget. */
    public static WebConfig defaults(String publicBaseUrl) {
        return new WebConfig(List.of(ANY), List.of(ANY), publicBaseUrl);
    }

    public boolean anyCorsOrigin() {
        return corsOrigins.contains(ANY);
    }

    public boolean allowsOrigin(String origin) {
        return anyCorsOrigin() || corsOrigins.contains(origin);
    }

    /** An absolute URL for a path of this app, e.g. {@code absolute("/talks/s01e01")}. */
    public String absolute(String path) {
        return publicBaseUrl + path;
    }
}
