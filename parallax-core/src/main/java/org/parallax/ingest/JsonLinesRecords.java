package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/**
 * The records of a JSON Lines file (plain or gzip), read a line at a time so that a file of any size
 * costs the memory of one record. A line over the size limit is reported and skipped; a file that ends in
 * a broken gzip stream reports that and stops.
 */
final class JsonLinesRecords extends Lookahead {
    private final String source;
    private final long maxLine;
    /** The most bytes read from the file, decompressed: a gzip bomb stops here, not at the end of its output. */
    private final long maxFile;
    private long read;
    private final BiFunction<String, byte[], Ingested> record;
    private InputStream in;
    private int lineNo;
    /** Whether a line was read as a record (or a record's failure) yet. */
    private boolean readAny;

    JsonLinesRecords(Path file, long maxLine, long maxFile, BiFunction<String, byte[], Ingested> record) throws IOException {
        this.source = file.toString();
        this.maxLine = maxLine;
        this.maxFile = maxFile;
        this.record = record;
        InputStream raw = Files.newInputStream(file);
        this.in = new BufferedInputStream(file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024)
                : raw, 64 * 1024);
    }

    @Override
    boolean exhausted() {
        return in == null;
    }

    /** The next record or failure; null for a blank line or at the end (then the stream is closed). */
    @Override
    Ingested step() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (++read > maxFile) {
                    close();
                    return new Ingested.Failure(source, "more than the " + (maxFile >> 20)
                            + " MiB limit for one file once decompressed; " + (lineNo == 0 ? "no record was read"
                            : "the records after line " + lineNo + " were not read"));
                }
                if (line.size() < maxLine) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b < 0 && line.size() == 0) {
                close();
                return null;
            }
        } catch (EOFException e) {
            close();
            return new Ingested.Failure(source, "truncated gzip stream after line " + lineNo);
        } catch (IOException e) {
            close();
            return new Ingested.Failure(source, "cannot read after line " + lineNo + ": " + e.getMessage());
        }
        lineNo++;
        String lineSource = source + ":" + lineNo;
        if (tooLong) {
            return new Ingested.Failure(lineSource, "line longer than the " + (maxLine >> 20) + " MiB limit for one record");
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (new String(bytes, 0, length, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        byte[] trimmed = java.util.Arrays.copyOf(bytes, length);
        int invalid = TextDecoder.firstInvalidUtf8(trimmed);
        if (!readAny && (invalid >= 0 || controlBytes(trimmed))) {
            close();   // a binary file under a JSON Lines name: one error for it, not one per "line" of noise
            return new Ingested.Failure(source, "binary content on line " + lineNo + " before any record, not JSON Lines;"
                    + " the file was not read");
        }
        readAny = true;
        if (invalid >= 0) {
            return new Ingested.Failure(lineSource, "invalid UTF-8 at byte " + invalid + " of the line (JSON must be UTF-8)");
        }
        return record.apply(lineSource, trimmed);
    }

    /** Whether a line holds bytes no JSON text holds: NUL or other control bytes outside strings' escapes. */
    private static boolean controlBytes(byte[] line) {
        for (byte b : line) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r') {
                return true;
            }
        }
        return false;
    }

    private void close() {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // a read-only stream: nothing is lost by a failed close
        } finally {
            in = null;
        }
    }
}
