package org.coachlogic.internal.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Holds input to what RFC 8259 asks of JSON text exchanged between systems: UTF-8, without a byte order
 * mark. Jackson guesses UTF-16 or UTF-32 from zero bytes, skips a byte order mark and decodes malformed
 * UTF-8 (overlong forms, encoded surrogates, code points past U+10FFFF) into characters, so that the same
 * facts could arrive in several spellings, one of them hiding {@code "FEVER"} from a byte-level filter.
 * These checks run before Jackson sees the bytes.
 */
final class Encoding {

    /** Something wrong with the text at {@code offset} bytes from its start. */
    record Problem(int offset, String message, boolean atStart) {
    }

    private Encoding() {
    }

    /** The first encoding problem of {@code json}, or null if it is UTF-8 without a byte order mark. */
    static Problem check(byte[] json) {
        if (json.length >= 3 && (json[0] & 0xff) == 0xef && (json[1] & 0xff) == 0xbb && (json[2] & 0xff) == 0xbf) {
            return new Problem(0, "starts with a byte order mark (U+FEFF), which JSON text must not have;"
                    + " send UTF-8 without it", true);
        }
        if (json.length >= 2 && ((json[0] & 0xff) == 0xfe && (json[1] & 0xff) == 0xff
                || (json[0] & 0xff) == 0xff && (json[1] & 0xff) == 0xfe)) {
            return new Problem(0, "is not UTF-8: it starts with a UTF-16 or UTF-32 byte order mark;"
                    + " send client facts as UTF-8", true);
        }
        for (int i = 0; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                // JSON text starts with an ASCII character; a zero byte next to it is how UTF-16 and
                // UTF-32 write one, and is never JSON in UTF-8
                return new Problem(0, "is not UTF-8: zero bytes at its start suggest UTF-16 or UTF-32;"
                        + " send client facts as UTF-8", true);
            }
        }
        return malformed(json);
    }

    private static boolean ascii(byte[] json) {
        for (byte b : json) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first unpaired surrogate in {@code text}, or -1. A Java string may hold one; it is
     * not a Unicode character, has no UTF-8 form, and would silently become {@code ?} when encoded.
     */
    static int unpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The message for an unpaired surrogate, naming it as a JSON escape. */
    static String unpairedSurrogateMessage(char surrogate) {
        return "is not valid Unicode text: it has an unpaired surrogate " + escape(surrogate)
                + ", half of a character without its other half";
    }

    /** {@code \ud800}, as the character is written in JSON. */
    static String escape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    private static Problem malformed(byte[] json) {
        if (ascii(json)) {
            return null; // every ASCII byte is a UTF-8 character of its own: nothing to decode
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        // never more characters than bytes: a line of facts needs no buffer of 8,192 characters
        CharBuffer out = CharBuffer.allocate(Math.min(8192, Math.max(16, json.length)));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                int end = Math.min(json.length, offset + result.length());
                String bytes = HexFormat.ofDelimiter(" ").withPrefix("0x").formatHex(json, offset, end);
                // a stray or cut-short sequence, an overlong form, a surrogate or a code point past U+10FFFF
                return new Problem(offset, "is not valid UTF-8: malformed " + (end - offset == 1 ? "byte " : "bytes ")
                        + bytes, false);
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isOverflow()) {
                    out.clear();
                    continue;
                }
                return null;
            }
            out.clear(); // overflow: the characters themselves are not needed
        }
    }
}
