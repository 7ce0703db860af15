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
    /** Where the next record start is looked for after bad data: past the last record read and the last found bad. */
    private long scanFrom;
    /**
     * A record start the reader was moved to after data it could not read, while it is not yet known whether the
     * record there reads (the bad data lay before it) or not (the record there is the bad one); else -1.
     */
    private long suspect = -1;
    private String suspectCause;
    /** A record read after a failure was reported, given next. */
    private Ingested pending;
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
        return done && pending == null;
    }

    /** The next item, or null to keep reading (a record that is not a page), or null with done set at the end. */
    @Override
    Ingested step() {
        if (pending != null) {
            Ingested next = pending;
            pending = null;
            return next;
        }
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            return unreadable(e.getMessage());
        }
        if (record.isEmpty()) {
            finish();
            return suspect < 0 ? null : failure(suspect, suspectCause);
        }
        long start = reader.position();   // from the file's start, wherever the reader was made
        lastStart = start;
        scanFrom = Math.max(scanFrom, start + 1);
        Ingested read;
        try {
            read = convert(record.get(), start);
        } catch (IOException | RuntimeException e) {
            moveTo(scanQuietly(start + 1));
            read = failure(start, e.getMessage());   // the record's own content is broken: cut short, or not what it says
        }
        if (suspect >= 0) {
            // the record the reader was moved to reads: the bad data lay between the last good record and it
            Ingested bad = new Ingested.Failure(file + "#" + suspect, "corrupt WARC data before the record at offset "
                    + suspect + " (" + suspectCause + "); read on from that record");
            suspect = -1;
            pending = read;
            return bad;
        }
        return read;
    }

    /**
     * Data after the last good record that does not read as a record: when the reader was just moved to a record start
     * after bad data, that record is the bad one; else the reader moves to the next record start to find out.
     */
    private Ingested unreadable(String cause) {
        if (suspect >= 0) {
            long corrupt = suspect;
            suspect = -1;
            scanFrom = Math.max(scanFrom, corrupt + 1);
            moveTo(scanQuietly(scanFrom));
            return failure(corrupt, cause);
        }
        long next = scanQuietly(scanFrom);
        if (next < 0) {
            finish();
            return failure(Math.max(lastStart, 0), cause + "; nothing after it reads as a record");
        }
        suspect = next;
        suspectCause = cause;
        moveTo(next);
        return null;
    }

    private Ingested.Failure failure(long at, String cause) {
        return new Ingested.Failure(file + "#" + at, "corrupt WARC record at offset " + at + ": " + cause);
    }

    /** Moves the reader to a record start, or ends the file when there is none ({@code at} < 0). */
    private void moveTo(long at) {
        if (at < 0) {
            finish();
            return;
        }
        try {
            channel.position(at);
            reader = new WarcReader(channel);
        } catch (IOException e) {
            finish();
        }
    }

    private long scanQuietly(long from) {
        try {
            byte[] magic = reader.compression() == WarcCompression.GZIP ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_MAGIC;
            return scan(Math.max(0, from), magic);
        } catch (IOException e) {
            return -1;
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
