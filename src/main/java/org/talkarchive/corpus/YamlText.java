package org.talkarchive.corpus;

/** YAML double-quoted scalars: any text, escaped so that it reads back exactly and never breaks the document. */
final class YamlText {

    private YamlText() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> append(out, cp);
            }
        });
        return out.append('"').toString();
    }

    private static void append(StringBuilder out, int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            out.append('\uFFFD'); // a lone surrogate (broken source text) cannot be written as UTF-8
        } else if (printable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xFFFF) {
            out.append("\\u%04X".formatted(cp));
        } else {
            out.append("\\U%08X".formatted(cp));
        }
    }

    /** YAML 1.1's printable set (what the parser accepts unescaped), without the byte order mark. */
    private static boolean printable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || cp == 0x85 || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
