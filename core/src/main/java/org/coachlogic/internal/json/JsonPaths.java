package org.coachlogic.internal.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON paths ({@code $.pain.intensity}, {@code $.redFlags[1]}, {@code $['odd name']}) and quoting for messages. */
final class JsonPaths {

    static final String ROOT = "$";

    private static final int MAX_QUOTED_LENGTH = 60;

    private JsonPaths() {
    }

    static String child(String path, String name) {
        if (isIdentifier(name)) {
            return path + '.' + name;
        }
        StringBuilder bracketed = new StringBuilder(path).append("['");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '\\') {
                bracketed.append('\\').append(c);
            } else if (unprintable(name, i)) {
                bracketed.append(Encoding.escape(c));
            } else {
                bracketed.append(c);
            }
        }
        return bracketed.append("']").toString();
    }

    /** Whether {@code name} matches {@code [A-Za-z_][A-Za-z0-9_]*}; a loop, as it is asked for every property read. */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    static String index(String path, int index) {
        return path + '[' + index + ']';
    }

    /** A value supplied by the caller, quoted and escaped as a JSON string, shortened when long. */
    static String quote(String value) {
        String shown = value;
        if (value.codePointCount(0, value.length()) > MAX_QUOTED_LENGTH) {
            shown = value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED_LENGTH)) + "...";
        }
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(shown)); // escapes C0 controls
        StringBuilder escaped = new StringBuilder(quoted.length() + 2).append('"');
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            escaped.append(unprintable(quoted, i) ? Encoding.escape(c) : String.valueOf(c));
        }
        return escaped.append('"').toString();
    }

    /**
     * Whether the character at {@code i} must be shown as an escape in a message: messages go to terminals,
     * logs and web pages, where control characters (C0, DEL, C1 such as the 8-bit CSI), bidirectional
     * overrides and unpaired surrogates could act, hide text or fail to encode.
     */
    private static boolean unprintable(String text, int i) {
        char c = text.charAt(i);
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || Character.isSurrogate(c) && !pairedAt(text, i);
    }

    /** Whether the surrogate at {@code i} is one half of a pair. */
    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
