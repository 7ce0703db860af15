package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path dir;

    private List<Ingested> read(Path... paths) {
        List<Ingested> out = new ArrayList<>();
        new Ingest().read(List.of(paths)).forEach(out::add);
        return out;
    }

    @Test
    void read_folder_isRecursiveSortedAndSkipsHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/two.txt"), "Second article text.");
        Files.writeString(dir.resolve("a.txt"), "First article text.");
        Files.writeString(dir.resolve(".hidden.txt"), "Not read.");
        List<Ingested> got = read(dir);
        assertThat(got).extracting(Ingested::source)
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/c/two.txt").toString());
    }

    @Test
    void read_jsonLines_givesOneDocumentPerLineWithHints() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, """
                {"id":"x1","url":"https://news.example/a","title":"T1","text":"Body one.","published":"2024-01-02","outlet":"Example"}

                not json at all
                {"title":"no text here"}
                {"text":"Body two."}
                """);
        List<Ingested> got = read(file);
        assertThat(got).hasSize(4);
        Ingested.Document first = (Ingested.Document) got.get(0);
        assertThat(first.document().hints().title()).isEqualTo("T1");
        assertThat(first.document().hints().url()).isEqualTo("https://news.example/a");
        assertThat(first.document().text()).isEqualTo("Body one.");
        assertThat(first.source()).endsWith("feed.jsonl:1");
        assertThat(got.get(1)).isInstanceOf(Ingested.Failure.class);
        assertThat(got.get(1).source()).endsWith("feed.jsonl:3");
        assertThat(((Ingested.Failure) got.get(1)).reason()).startsWith("not JSON");
        assertThat(((Ingested.Failure) got.get(2)).reason()).contains("no text");
        assertThat(got.get(3)).isInstanceOf(Ingested.Document.class);
    }

    @Test
    void read_gzip_isDecompressed_andTruncatedGzipIsReported() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write("A compressed article about a harbour.".repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = buffer.toByteArray();
        Files.write(dir.resolve("good.txt.gz"), whole);
        Files.write(dir.resolve("cut.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        List<Ingested> got = read(dir);
        assertThat(got).hasSize(2);
        Ingested.Failure cut = (Ingested.Failure) got.get(0);
        assertThat(cut.source()).endsWith("cut.txt.gz");
        assertThat(cut.reason()).contains("truncated gzip");
        assertThat(((Ingested.Document) got.get(1)).document().text()).startsWith("A compressed article");
    }

    @Test
    void read_oversizedDocument_isRefusedWithSize() throws IOException {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "x".repeat(2048));
        List<Ingested> got = new ArrayList<>();
        new Ingest(new Limits(1024, 4096)).read(List.of(file)).forEach(got::add);
        assertThat(((Ingested.Failure) got.get(0)).reason()).startsWith("too large");
    }

    @Test
    void read_symlinkLoop_isReportedOnceAndTheRestIsRead() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/ok.txt"), "Some article text.");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        List<Ingested> got = read(dir);
        assertThat(got).filteredOn(i -> i instanceof Ingested.Failure).singleElement()
                .satisfies(f -> assertThat(((Ingested.Failure) f).reason()).contains("loop"));
        assertThat(got).filteredOn(i -> i instanceof Ingested.Document).hasSize(1);
    }

    @Test
    void read_binaryUnderAJsonLinesName_isOneFailureForTheFile() throws IOException {
        Path file = dir.resolve("noise.jsonl");
        byte[] noise = new byte[8192];
        new java.util.Random(1).nextBytes(noise);
        Files.write(file, noise);
        List<Ingested> got = read(file);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).source()).endsWith("noise.jsonl");
        assertThat(((Ingested.Failure) got.get(0)).reason()).contains("binary").contains("not JSON Lines");
    }

    @Test
    void read_warcWhoseLengthsLie_readsTheGoodRecordsAndNamesEachBadOneAtItsOwnOffset() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>The ferry resumed service on"
                + " Monday after a week of storms kept the boats in harbour, the operator said.</p></body></html>";
        String first = warcRecord("https://news.example/1", 1, http.length(), http);
        String tooShort = warcRecord("https://news.example/2", 2, 20, http);
        String good = warcRecord("https://news.example/3", 3, http.length(), http);
        String tooLong = warcRecord("https://news.example/4", 4, 99_999, http);
        Path file = dir.resolve("lying.warc");
        Files.writeString(file, first + tooShort + good + tooLong, StandardCharsets.US_ASCII);
        int goodAt = first.length() + tooShort.length();
        int tooLongAt = goodAt + good.length();

        List<Ingested> got = read(file);

        assertThat(got).filteredOn(i -> i instanceof Ingested.Document).extracting(Ingested::source)
                .containsExactly(file + "#0", file + "#" + goodAt);
        List<Ingested.Failure> failures = got.stream().filter(i -> i instanceof Ingested.Failure)
                .map(i -> (Ingested.Failure) i).toList();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).source()).isEqualTo(file + "#" + goodAt);
        assertThat(failures.get(0).reason()).startsWith("corrupt WARC data before the record at offset " + goodAt);
        assertThat(failures.get(1).source()).isEqualTo(file + "#" + tooLongAt);
        assertThat(failures.get(1).reason()).startsWith("corrupt WARC record at offset " + tooLongAt);
    }

    @Test
    void read_warcGzWhoseMembersDoNotInflate_endsWithOneFailureEach() throws IOException {
        byte[] member = {0x1f, (byte) 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 'n', 'o', 't', ' ', 'd', 'e', 'f', 'l', 'a', 't', 'e'};
        byte[] twice = new byte[member.length * 2];
        System.arraycopy(member, 0, twice, 0, member.length);
        System.arraycopy(member, 0, twice, member.length, member.length);
        Path file = dir.resolve("broken.warc.gz");
        Files.write(file, twice);

        List<Ingested> got = read(file);

        assertThat(got).allSatisfy(i -> assertThat(i).isInstanceOf(Ingested.Failure.class))
                .extracting(Ingested::source).containsExactly(file + "#0", file + "#" + member.length);
    }

    private static String warcRecord(String uri, int id, int claimed, String http) {
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-03-14T08:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + id + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + claimed + "\r\n\r\n" + http
                + "\r\n\r\n";
    }

    @Test
    void read_jsonFileWithoutRecords_isSkippedNotFailed() throws IOException {
        Files.writeString(dir.resolve("meta.json"), "{\"about\": \"not an article\"}");
        Files.writeString(dir.resolve("many.json"), "[{\"text\": \"One.\"}, {\"text\": \"Two.\"}]");
        List<Ingested> got = read(dir);
        assertThat(got).filteredOn(i -> i instanceof Ingested.Document).hasSize(2);
        assertThat(got).filteredOn(i -> i instanceof Ingested.Skipped).singleElement()
                .extracting(Ingested::source).asString().endsWith("meta.json");
    }

    @Test
    void read_missingPath_isAFailure() {
        assertThat(read(dir.resolve("nope"))).singleElement().isInstanceOf(Ingested.Failure.class);
    }

    @Test
    void read_sameBytes_sameId() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "Identical text.");
        Files.writeString(dir.resolve("two.txt"), "Identical text.");
        List<Ingested> got = read(dir);
        assertThat(((Ingested.Document) got.get(0)).document().id())
                .isEqualTo(((Ingested.Document) got.get(1)).document().id());
    }

    @Test
    void read_jsonLinesGzip_streamsRecords_reportsLongLinesAndTruncation() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            lines.append("{\"text\":\"Record number ").append(i).append(" of a long feed export.\"}\n");
        }
        lines.append("{\"text\":\"").append("x".repeat(3000)).append("\"}\n");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path whole = dir.resolve("feed.jsonl.gz");
        Files.write(whole, buffer.toByteArray());
        List<Ingested> got = new ArrayList<>();
        new Ingest(new Limits(2048, 1 << 20)).read(List.of(whole)).forEach(got::add);
        assertThat(got).hasSize(201);
        assertThat(got.get(199)).isInstanceOf(Ingested.Document.class);
        assertThat(((Ingested.Failure) got.get(200)).reason()).contains("longer than");

        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(buffer.toByteArray(), buffer.size() / 2));
        List<Ingested> partial = new ArrayList<>();
        new Ingest().read(List.of(cut)).forEach(partial::add);
        assertThat(partial.get(partial.size() - 1)).isInstanceOf(Ingested.Failure.class);
        assertThat(((Ingested.Failure) partial.get(partial.size() - 1)).reason()).contains("truncated gzip");
        assertThat(partial.subList(0, partial.size() - 1)).allMatch(i -> i instanceof Ingested.Document);
    }

    @Test
    void read_jsonLinesGzipBomb_stopsAtTheFileLimitWithTheRecordsBeforeIt() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write("{\"text\":\"A first record before the bomb.\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);   // 64 MiB of one endless line, a few kilobytes on disk
            }
        }
        Path bomb = dir.resolve("bomb.jsonl.gz");
        Files.write(bomb, buffer.toByteArray());
        List<Ingested> got = new ArrayList<>();
        new Ingest(new Limits(1 << 20, 4 << 20)).read(List.of(bomb)).forEach(got::add);
        assertThat(got).hasSize(2);
        assertThat(got.get(0)).isInstanceOf(Ingested.Document.class);
        assertThat(((Ingested.Failure) got.get(1)).reason()).contains("4 MiB limit for one file once decompressed");
    }
}
