package org.talkarchive.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code archive.yml}, the archive's identity (see {@link ArchiveIdentity}); a corpus without it gets
 * {@link ArchiveIdentity#defaults()}. The logo is a file in the corpus, read into the identity so the index carries
 * it and {@code serve} needs nothing but the index.
 */
final class ArchiveFileReader {

    static final String FILE = "archive.yml";
    /** A logo is a small mark in the header; a larger file is a mistake, not a logo. */
    static final int MAX_LOGO_BYTES = 100_000;
    private static final Map<String, String> LOGO_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");
    private static final String COLOUR = "#[0-9a-fA-F]{6}";

    private final Problems problems;

    ArchiveFileReader(Problems problems) {
        this.problems = problems;
    }

    /** @param text the file's text, or empty when the corpus has none */
    ArchiveIdentity read(Optional<String> text, Path corpusDir, String shown) {
        if (text.isEmpty()) {
            return ArchiveIdentity.defaults();
        }
        Optional<YamlNode> parsed = YamlParser.parse(text.get(), shown, 0, problems);
        if (parsed.isEmpty()) {
            return ArchiveIdentity.defaults();
        }
        if (!parsed.get().isMap()) {
            problems.add(shown, parsed.get().line(), "must be a YAML map of fields, found " + parsed.get().kind());
            return ArchiveIdentity.defaults();
        }
        FieldReader fields = new FieldReader(parsed.get(), "", shown, problems);
        String title = fields.optionalText("title");
        String name = fields.requiredText("name");
        String plainName = fields.optionalText("plain_name");
        String description = fields.requiredText("description");
        String subject = fields.optionalText("subject");
        String homePage = fields.optionalText("home_page");
        if (homePage != null && !homePage.matches("https?://\\S+")) {
            problems.add(shown, fields.lineOf("home_page"), "home_page \"" + homePage + "\" is not an http(s) URL");
        }
        String logo = logo(fields, corpusDir, shown);
        String accent = colour(fields, "accent_colour", shown);
        String accentDark = colour(fields, "accent_colour_dark", shown);
        fields.reportUnknown();
        return new ArchiveIdentity(title, name, plainName, description, subject, homePage, logo, accent, accentDark);
    }

    private String colour(FieldReader fields, String key, String shown) {
        String value = fields.optionalText(key);
        if (value != null && !value.matches(COLOUR)) {
            problems.add(shown, fields.lineOf(key), key + " \"" + value + "\" must be a colour like #1d4ed8");
            return null;
        }
        return value;
    }

    private String logo(FieldReader fields, Path corpusDir, String shown) {
        String path = fields.optionalText("logo");
        if (path == null) {
            return null;
        }
        int line = fields.lineOf("logo");
        int dot = path.lastIndexOf('.');
        String type = LOGO_TYPES.get(dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT));
        Path file = corpusDir.resolve(path).normalize();
        if (type == null) {
            problems.add(shown, line, "logo \"" + path + "\" must be an .svg, .png, .jpg or .webp file");
        } else if (!file.startsWith(corpusDir) || !Files.isRegularFile(file)) {
            problems.add(shown, line, "logo \"" + path + "\" is not a file inside the corpus folder");
        } else {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length <= MAX_LOGO_BYTES) {
                    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
                }
                problems.add(shown, line, "logo \"" + path + "\" is " + bytes.length + " bytes; at most "
                        + MAX_LOGO_BYTES + " are allowed");
            } catch (IOException e) {
                problems.add(shown, line, "logo \"" + path + "\" cannot be read: " + e.getMessage());
            }
        }
        return null;
    }
}
