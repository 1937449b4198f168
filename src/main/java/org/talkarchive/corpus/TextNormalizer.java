package org.talkarchive.corpus;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The searchable form of displayed text. The site's text has traps: a zero-width space after "Jiménez-Sánchez",
 * a Greek capital Eta in "Ηer", no-break spaces. Indexing sees NFKC text without zero-width characters and with
 * Greek/Cyrillic look-alikes folded to Latin when they stand inside a Latin word; the displayed text is never changed.
 */
public final class TextNormalizer {

    /** Greek and Cyrillic capitals and small letters that look exactly like Latin ones. */
    private static final Map<Character, Character> CONFUSABLES = Map.ofEntries(
            Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'), Map.entry('Η', 'H'),
            Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ο', 'O'),
            Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'), Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'), Map.entry('ο', 'o'),
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'),
            Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('Х', 'X'), Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('х', 'x'), Map.entry('у', 'y'));

    /** Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
    public static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    /** Compiled once: normalising every talk's facet values and names was a tenth of start-up at 21,712 talks. */
    private static final Pattern ZERO_WIDTH_CHARS = Pattern.compile("[" + ZERO_WIDTH + "]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    /** Greek and Cyrillic letters that look exactly like a Latin letter, mapped to that letter. */
    public static Map<Character, Character> lookAlikes() {
        return CONFUSABLES;
    }

    /** NFKC, zero-width characters dropped, look-alike letters inside Latin words folded, spaces collapsed. */
    public static String forIndex(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text; // most names and series: nothing to fold, and start-up normalises every talk's values
        }
        String nfkc = ZERO_WIDTH_CHARS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            Character latin = CONFUSABLES.get(c);
            out.append(latin != null && besideLatinLetter(nfkc, i) ? latin : c);
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    /**
     * Printable ASCII with single spaces and none at either end: what {@link #forIndex} returns unchanged (NFKC keeps
     * ASCII as it is, and every character it drops or folds is outside ASCII).
     */
    private static boolean isPlainAscii(String text) {
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Fold only inside mixed-script words, so real Greek or Cyrillic text stays as it is. */
    private static boolean besideLatinLetter(String s, int i) {
        return (i > 0 && isLatinLetter(s.charAt(i - 1))) || (i + 1 < s.length() && isLatinLetter(s.charAt(i + 1)));
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
