package org.talkarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random and hostile requests to every route: what a fuzzer, a scanner or a careless script sends. Request {@code i}
 * depends only on the seed and {@code i}, so a failure is reproduced by its seed and number whatever the threading.
 */
final class HostileInputs {

    /** One request: method, target exactly as sent (already encoded, possibly invalidly), optional form body. */
    record Request(String method, String target, String body) {
        boolean api() {
            return target.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + (target.length() > 300 ? target.substring(0, 300) + "…(" + target.length() + ")" : target)
                    + (body == null ? "" : " body=" + body.length() + " chars");
        }
    }

    /** Route templates; {x} is filled with a valid or hostile path segment. */
    static final List<String> ROUTES = List.of("/", "/search", "/talks", "/topics", "/speakers", "/datasets",
            "/seasons", "/api/v1/talks", "/api/v1/seasons", "/series/{x}", "/talks/{x}", "/topics/{x}", "/datasets/{x}",
            "/speakers/{x}", "/seasons/{x}", "/feed.atom", "/upcoming.ics", "/embed", "/embed/frame", "/widget.js",
            "/static/site.css", "/static/{x}", "/api/v1/search", "/api/v1/talks/{x}", "/api/v1/talks/{x}/related",
            "/api/v1/topics", "/api/v1/datasets", "/api/v1/speakers", "/api/v1/suggest", "/api/v1/openapi.json",
            "/api/v1/{x}", "/{x}");

    static final List<String> VALID_SEGMENTS = List.of("s01e01", "s06e02", "fairness", "dermatology", "1", "10",
            "chexpert", "isic", "amelia-jimenez-sanchez", "site.css", "widget.js",
            Paths.series("Datasets through the L👀king-Glass").substring("/series/".length()));

    static final List<String> PARAMS = List.of("q", "mode", "sort", "page", "size", "limit", "topic", "dataset",
            "season", "year", "speaker", "affiliation", "country", "status", "has_video", "has_transcript",
            "inferred_topic", "theme", "placeholder", "target", "archive", "v");

    static final List<String> ODD_PARAMS = List.of("foo", "q[]", "__proto__", "constructor", "<script>", "",
            "Q", "q ", "page\u0000", "%", "callback", "jsonp", "format", "debug", "size.x", "mode[0]");

    /** Payloads whose raw form must never come back in an HTML page. */
    static final List<String> XSS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>", "javascript:alert(1)", "</title><script>alert(1)</script>",
            "<iframe src=javascript:alert(1)>", "\"onmouseover=\"alert(1)", "{{7*7}}${7*7}<%= 7*7 %>",
            "]]><!--<script>alert(1)</script>-->", "<a href=\"javascript:alert(1)\">x</a>");

    /** The unescaped fragments that would mean a payload was reflected as markup. */
    static final List<String> REFLECTED_MARKUP = List.of("<script>alert", "<img src=x", "<svg onload",
            "<iframe src=javascript", "<a href=\"javascript:");

    static final List<String> SYNTAX = List.of("(((((", ")))))", "\"unbalanced", "a\"b\"c\"", "[a TO", "{* TO *}",
            "title:", ":::", "AND OR NOT", "-", "+", "&&", "||", "!", "\\", "\\\\\\", "*", "?", "*ing", "?a*b*c*",
            "/.{0,500}{0,500}/", "/(a+)+$/", "title:/.*/", "a~", "abc~0.1", "fair~2", "speaker:(x OR y)",
            "date:[* TO *]", "fairness^999999", "bias^-1", "\"a b\"~99999", "id:*", "*:*", "NOT *", "a AND (b OR",
            "title:\"", "~~~~", "^^^", "()", "\"\"", "'", "%", "%%", "\u0000", "\r\nSet-Cookie: x=1", "\u202e",
            "\uFEFF", "\u0301\u0301\u0301", "𝔣𝔞𝔦𝔯𝔫𝔢𝔰𝔰", "👀👀👀", "ﬁairness", "公平性", "عدالة", "fair\u0007ness");

    static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "100", "101", "1000", "1001", "99999999999999",
            "2147483648", "-2147483649", "1e9", "NaN", "0x10", " 5", "5 ", "٣", "1.5", "", "+3", "00000001");

    static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH",
            "TRACE");

    /**
     * Encodings no client library sends: bad escapes, bytes that are not UTF-8 (escaped, and raw: sent as single
     * ISO-8859-1 bytes), overlong and surrogate forms, control characters.
     */
    static final List<String> RAW = List.of("%", "%z", "%zz", "%C3%28", "%FF", "%ED%A0%80", "%00", "%C0%AF",
            "%E2%82", "%F0%9F%98", "%25%32%35", "%u0041", "%0D%0A", "%7F", "%80", "%%41", "+", "%2F..%2F..%2F",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "\u00e9t\u00e9", "\u0080", "\u007f", "a\tb");

    private final long seed;

    HostileInputs(long seed) {
        this.seed = seed;
    }

    Request request(int i) {
        // SplittableRandom mixes its seed: java.util.Random's first draws from consecutive seeds are correlated,
        // which left whole routes unvisited.
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String route = pick(random, ROUTES);
        String path = route.contains("{x}") ? route.replace("{x}", segment(random)) : route;
        String method = random.nextInt(100) < 70 ? "GET" : pick(random, METHODS);
        String query = query(random);
        String target = query.isEmpty() ? path : path + "?" + query;
        String body = "POST".equals(method) || "PUT".equals(method) ? query(random) : null;
        return new Request(method, target, body);
    }

    private String segment(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, VALID_SEGMENTS);
            case 1 -> pick(random, RAW);
            default -> encode(value(random)).replace("%2F", random.nextBoolean() ? "/" : "%2F");
        };
    }

    private String query(SplittableRandom random) {
        int n = random.nextInt(6);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String name = random.nextInt(10) < 8 ? pick(random, PARAMS) : pick(random, ODD_PARAMS);
            String encodedName = random.nextInt(20) == 0 ? pick(random, RAW) : encode(name);
            String value = random.nextInt(8) == 0 ? pick(random, RAW) : encode(value(random, name));
            parts.add(random.nextInt(25) == 0 ? encodedName : encodedName + "=" + value);
            if (random.nextInt(8) == 0) {
                parts.add(encodedName + "=" + encode(value(random, name))); // a repeated parameter
            }
        }
        return String.join(random.nextInt(30) == 0 ? "&&" : "&", parts);
    }

    private String value(SplittableRandom random, String name) {
        boolean numeric = List.of("page", "size", "limit", "season", "year").contains(name);
        if (numeric && random.nextBoolean()) {
            return pick(random, NUMBERS);
        }
        if ("mode".equals(name) && random.nextBoolean()) {
            return pick(random, List.of("hybrid", "keyword", "semantic", "HYBRID", "bm25", ""));
        }
        return value(random);
    }

    private String value(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> pick(random, XSS);
            case 1 -> longQuery(random);
            case 2 -> nested(random);
            case 3 -> fuzzyStorm(random);
            case 4 -> pick(random, NUMBERS);
            case 5 -> randomChars(random);
            case 6 -> pick(random, SYNTAX) + " " + pick(random, XSS);
            default -> pick(random, SYNTAX) + (random.nextBoolean() ? " fairness" : "") + pick(random, SYNTAX);
        };
    }

    private static String longQuery(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextBoolean() ? 400 + random.nextInt(200) : 2000 + random.nextInt(20_000);
        List<String> words = List.of("fairness", "bias", "dataset", "x-ray", "skin", "AND", "OR", "NOT", "(", ")",
                "label*", "*noise", "shortcut~", "\"", "title:", "chest");
        while (s.length() < length) {
            s.append(pick(random, words)).append(' ');
        }
        return s.toString();
    }

    private static String nested(SplittableRandom random) {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 50 : 2000);
        String open = pick(random, List.of("(", "[", "{", "\"", "+(", "-(", "NOT ("));
        String close = pick(random, List.of(")", "]", "}", "\"", ""));
        return open.repeat(depth) + "bias" + close.repeat(random.nextInt(depth + 1));
    }

    private static String fuzzyStorm(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int terms = 1 + random.nextInt(200);
        for (int k = 0; k < terms; k++) {
            s.append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)))
                    .append(random.nextBoolean() ? "*" : "").append('~').append(random.nextInt(3)).append(' ');
        }
        return s.toString();
    }

    private static String randomChars(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(64);
        for (int k = 0; k < length; k++) {
            int kind = random.nextInt(4);
            s.appendCodePoint(switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0xA0 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return s.toString();
    }

    /** Percent-encodes every byte outside unreserved characters, as a careful client would. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
