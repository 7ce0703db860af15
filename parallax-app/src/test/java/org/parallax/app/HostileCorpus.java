package org.parallax.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of hostile inputs, written by code (the large ones would not fit in a repository): each file with what a
 * run must say of it. Bombs that inflate past the file limit in every compressed format, a line of 100 MB, markup
 * and JSON nested a million deep, a WARC whose lengths lie, feeds with external entities and entity expansion, text
 * in every wrong encoding, binary under text names, a name with a line break and terminal escapes, a link loop; and
 * one good article, which must be stored whatever the others do.
 */
final class HostileCorpus {
    /** What a run must report of one input: its name, and words its error line holds (null: read without error). */
    record Expectation(String name, String error, int lines) {
        Expectation(String name, String error) {
            this(name, error, error == null ? 0 : 1);
        }
    }

    static final String GOOD = "good.txt";
    /** A file name with a line break and a terminal escape in it: its error line must stay one line, escaped. */
    static final String FORGING_NAME = "forged\nerror: fake\u001b[31m.txt";

    private HostileCorpus() {
    }

    /** Writes the corpus into {@code folder}: what each input is expected to give, by file name. */
    static Map<String, Expectation> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Expectation> expected = new LinkedHashMap<>();
        Random random = new Random(42);
        byte[] noise = new byte[64 << 10];
        random.nextBytes(noise);

        put(expected, folder, GOOD, null, ("Ferry service resumes\n\nThe ferry between the two islands resumed service on"
                + " Monday after a week of storms kept the boats in harbour, the operator said.\n").getBytes(StandardCharsets.UTF_8));
        put(expected, folder, "binary.txt", "binary", noise);
        put(expected, folder, "binary.html", "binary", noise);
        put(expected, folder, "binary.jsonl", "not JSON Lines", noise);
        put(expected, folder, "empty.txt", "empty file", new byte[0]);
        put(expected, folder, "utf16-without-bom.txt", null, "Storm closes the harbour for a day. ".repeat(20)
                .getBytes(StandardCharsets.UTF_16LE));
        put(expected, folder, "latin1.txt", null, ("Le caf\u00e9 du port rouvre apr\u00e8s la temp\u00eate\n\nLes p\u00eacheurs \u00e9taient nombreux \u00e0 la"
                + " r\u00e9ouverture du caf\u00e9 mardi, a d\u00e9clar\u00e9 le maire, qui a salu\u00e9 leur patience.\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] cut = ("Sturm schließt den Hafen\n\nDie Fähre zwischen den beiden Inseln bleibt bis Dienstag im Hafen, teilte"
                + " der Betreiber mit. Die Fischer warten auf besseres Wetter, sagte der Bürgermeister: „Geduld“")
                .getBytes(StandardCharsets.UTF_8);
        put(expected, folder, "truncated-utf8.txt", null, Arrays.copyOf(cut, cut.length - 1));

        for (String name : new String[] {"bomb.txt.gz", "bomb.html.gz", "bomb.jsonl.gz", "bomb.json.gz", "bomb.warc.gz",
                "bomb.rss.gz"}) {
            bomb(folder.resolve(name));
            expected.put(name, new Expectation(name, name.endsWith(".warc.gz") ? "corrupt WARC record" : "limit"));
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve("long-line.jsonl")))) {
            out.write("{\"title\":\"x\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        expected.put("long-line.jsonl", new Expectation("long-line.jsonl", "longer than the 16 MiB limit"));
        put(expected, folder, "deep.html", null, ("<html><body>" + "<div>".repeat(1_000_000) + "<p>Storm closes the harbour."
                + " The ferry operator said boats would stay in port until the wind drops on Tuesday.</p>")
                .getBytes(StandardCharsets.US_ASCII));
        put(expected, folder, "deep.json", "nesting depth", ("[".repeat(1_000_000) + "]".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII));
        put(expected, folder, "deep.jsonl", "nesting depth", ("[".repeat(100_000) + "]".repeat(100_000) + "\n").getBytes(StandardCharsets.US_ASCII));
        Files.write(folder.resolve("lying.warc"), lyingWarc());
        expected.put("lying.warc", new Expectation("lying.warc", "corrupt WARC", 2));
        put(expected, folder, "external-entity.rss", "DOCTYPE is disallowed", ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<description>&x;</description></item></channel></rss>").getBytes(StandardCharsets.US_ASCII));
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><rss version=\"2.0\"><channel><title>t</title><item><title>&a9;</title></item></channel></rss>");
        put(expected, folder, "entity-expansion.rss", "DOCTYPE is disallowed", laughs.toString().getBytes(StandardCharsets.US_ASCII));
        put(expected, folder, FORGING_NAME, "binary", noise);
        Path loops = Files.createDirectories(folder.resolve("loops"));
        Files.createSymbolicLink(loops.resolve("back"), folder);
        expected.put("loops/back", new Expectation("loops/back", "symbolic link loop"));
        return expected;
    }

    private static void put(Map<String, Expectation> expected, Path folder, String name, String error, byte[] bytes)
            throws IOException {
        Files.write(folder.resolve(name), bytes);
        expected.put(name, new Expectation(name, error));
    }

    /** A gzip file of 640 MiB of spaces: a few hundred KiB on disk, more than any input may hold. */
    private static void bomb(Path file) throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            for (int i = 0; i < 640; i++) {
                out.write(spaces);
            }
        }
    }

    /**
     * A WARC whose first record claims fewer bytes than it has (the rest reads as garbage before the next record) and
     * whose last claims more than the file holds: the page between them must still be read.
     */
    private static byte[] lyingWarc() {
        String page = "<html><body><p>Storm closes the harbour for a day, the port said. The ferry operator said boats"
                + " would stay in port until the wind drops on Tuesday.</p></body></html>";
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
        return (record("https://example.org/a", 1, 20, http) + record("https://example.org/b", 2, http.length(), http)
                + record("https://example.org/c", 3, 99_999_999, http)).getBytes(StandardCharsets.US_ASCII);
    }

    private static String record(String uri, int id, int claimed, String http) {
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-03-14T08:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + id + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + claimed + "\r\n\r\n" + http
                + "\r\n\r\n";
    }
}
