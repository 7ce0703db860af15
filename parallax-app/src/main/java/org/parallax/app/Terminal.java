package org.parallax.app;

/** Makes untrusted text safe to print on a terminal: control characters (escape sequences) are removed. */
final class Terminal {
    private Terminal() {
    }

    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** Untrusted text as one line: control characters removed, and line breaks shown as {@code \\n}, so no text can forge a second line. */
    static String line(String s) {
        return safe(s).replace("\r", "\\r").replace("\n", "\\n");
    }
}
