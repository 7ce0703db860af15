package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;

/**
 * The pages of a WARC file (plain or gzip), streamed a record at a time. Every HTML response becomes a
 * document named {@code file#offset} with its target URI; revisits and responses that are not HTML are
 * skipped and counted. A corrupt record is reported with its file and offset, and reading resumes at the
 * next record. The capture date is the date of the crawl, never taken for the publication date.
 */
final class WarcRecords extends Lookahead implements AutoCloseable {
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Ingest ingest;
    private final long maxDocument;
    private final FileChannel channel;
    private WarcReader reader;
    /** Where the last record read whole starts; -1 before the first. */
    private long lastStart = -1;
    private boolean done;

    WarcRecords(Path file, Ingest ingest, long maxDocument) throws IOException {
        this.file = file;
        this.ingest = ingest;
        this.maxDocument = maxDocument;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.reader = new WarcReader(channel);
    }

    @Override
    boolean exhausted() {
        return done;
    }

    /** The next item, or null to keep reading (a record that is not a page), or null with done set at the end. */
    @Override
    Ingested step() {
        try {
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                finish();
                return null;
            }
            lastStart = reader.position();
            return convert(record.get(), lastStart);
        } catch (IOException | RuntimeException e) {
            long at = resync(lastStart + 1);
            return new Ingested.Failure(file + "#" + at, "corrupt WARC record at offset " + at + ": " + e.getMessage());
        }
    }

    private Ingested convert(WarcRecord record, long offset) throws IOException {
        String source = file + "#" + offset;
        if (record instanceof WarcRevisit) {
            return new Ingested.Skipped(source, "WARC revisit record (no new content)");
        }
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        MediaType type = response.http().contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.contains("html")) {
            return new Ingested.Skipped(source, "WARC response that is not HTML (" + (base.isEmpty() ? "no type" : base) + ")");
        }
        if (response.http().status() != 200) {
            return new Ingested.Skipped(source, "WARC response with HTTP status " + response.http().status());
        }
        byte[] body;
        try (InputStream in = response.http().body().stream()) {
            InputStream stream = response.http().headers().first("Content-Encoding")
                    .filter(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).isPresent() ? new GZIPInputStream(in) : in;
            body = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocument + 1));
        }
        return ingest.readHtml(RawDocument.Kind.WARC_CAPTURE, source, body, new SourceHints(null, response.target(), null, null, null));
    }

    /**
     * Finds the corrupt record (the first record start after the last good one), moves past it to the
     * start of the next record (or the end), and returns the corrupt record's offset.
     */
    private long resync(long from) {
        try {
            byte[] magic = reader.compression() == WarcCompression.GZIP ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_MAGIC;
            long corrupt = scan(Math.max(0, from), magic);
            long next = corrupt < 0 ? -1 : scan(corrupt + 1, magic);
            if (next < 0) {
                finish();
            } else {
                channel.position(next);
                reader = new WarcReader(channel);
                lastStart = next - 1;
            }
            return Math.max(corrupt, 0);
        } catch (IOException e) {
            finish();
            return Math.max(from, 0);
        }
    }

    private long scan(long from, byte[] magic) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long base = from;
        int matched = 0;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, base);
            if (n <= 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == magic[matched]) {
                    matched++;
                    if (matched == magic.length) {
                        return base + i - magic.length + 1;
                    }
                } else {
                    matched = buffer.get(i) == magic[0] ? 1 : 0;
                }
            }
            base += n;
        }
    }

    private void finish() {
        done = true;
        close();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a read-only file cannot lose data
        }
    }
}
