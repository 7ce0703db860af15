package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.parallax.model.Bytes;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;

/**
 * The front door of ingest: {@link #read(List)} walks files and folders (recursively, following links,
 * reporting loops) and streams one {@link Ingested} per document or per bad input; {@link #readLocations}
 * also fetches http(s) URLs. Plain text, JSON Lines, JSON, HTML, WARC and RSS/Atom feeds are read, each
 * optionally gzip-compressed; the format is told by the file name (for a URL, by the response).
 */
public final class Ingest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Limits limits;
    private final Fetcher fetcher;

    /**
     * Ingest within {@code limits}; URLs on private or local addresses are fetched only when
     * {@code privateAddresses} allows it.
     */
    public Ingest(Limits limits, boolean privateAddresses) {
        this.limits = limits;
        this.fetcher = new Fetcher(java.time.Duration.ofSeconds(20), limits.maxDocumentBytes(), privateAddresses);
    }

    /** Ingest within {@code limits}, fetching public addresses only. */
    public Ingest(Limits limits) {
        this(limits, false);
    }

    public Ingest() {
        this(Limits.DEFAULT);
    }

    /** The inputs found under {@code paths}: files in sorted order, then what each holds, read lazily. */
    public Iterable<Ingested> read(List<Path> paths) {
        return readLocations(paths.stream().map(Path::toString).toList());
    }

    /** Like {@link #read}, where each location is a file, a folder, or an http(s) URL of a page or feed. */
    public Iterable<Ingested> readLocations(List<String> locations) {
        List<Object> inputs = new ArrayList<>();
        for (String location : locations) {
            if (Fetcher.isWebAddress(location)) {
                inputs.add(location);
            } else if (location.matches("(?i)^[a-z][a-z0-9+.-]+://.*")) {
                inputs.add(new Ingested.Failure(location, "only http and https URLs are fetched"));
            } else {
                collect(Path.of(location), inputs);
            }
        }
        // the inputs may be read twice (the chrome step, then the stages): a URL is fetched once
        Map<String, List<Ingested>> fetched = new java.util.concurrent.ConcurrentHashMap<>();
        return () -> new DocumentIterator(inputs.iterator(), fetched);
    }

    /** Reads the bytes of one HTML page fetched from or saved for {@code hints.url()}. */
    public Ingested readHtml(String source, byte[] bytes, SourceHints hints) {
        return readHtml(RawDocument.Kind.HTML_PAGE, source, bytes, hints);
    }

    /**
     * Reads a stored raw input again as ingest first read it, for re-extraction: the same bytes of the same
     * kind give the same document ({@code url} is the page's address, which an HTML page's bytes do not hold).
     */
    public Ingested reread(String source, RawDocument.Kind kind, byte[] bytes, String url) {
        return switch (kind) {
            case TEXT_FILE -> {
                try {
                    yield new Ingested.Document(textDocument(source, bytes));
                } catch (InputException e) {
                    yield new Ingested.Failure(source, e.getMessage());
                }
            }
            case JSON_LINES_RECORD -> jsonRecord(source, bytes);
            case FEED_ITEM -> FeedItems.item(source, bytes);
            case HTML_PAGE, WARC_CAPTURE -> readHtml(kind, source, bytes,
                    url == null ? SourceHints.NONE : new SourceHints(null, url, null, null, null));
        };
    }

    /** Reads the bytes of HTML markup of one kind: a page, or a response a WARC archive captured. */
    Ingested readHtml(RawDocument.Kind kind, String source, byte[] bytes, SourceHints hints) {
        try {
            if (bytes.length > limits.maxDocumentBytes()) {
                throw new InputException(tooLarge(bytes.length, limits.maxDocumentBytes()));
            }
            TextDecoder.Decoded decoded = TextDecoder.decodeHtml(bytes);
            return new Ingested.Document(new RawDocument(source, kind, Bytes.of(bytes), decoded.charset(),
                    decoded.text(), hints));
        } catch (InputException e) {
            return new Ingested.Failure(source, e.getMessage());
        }
    }

    /** Files found under the paths (as Path), or failures met while walking (as Ingested.Failure). */
    private static void collect(Path root, List<Object> out) {
        if (!Files.exists(root)) {
            out.add(new Ingested.Failure(root.toString(), "no such file or folder"));
            return;
        }
        if (!Files.isDirectory(root)) {
            out.add(root);
            return;
        }
        List<Object> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!hidden(file) && attrs.isRegularFile()) {
                                found.add(DOCUMENTATION.matcher(file.getFileName().toString()).matches()
                                        ? new Ingested.Skipped(file.toString(), "a folder's documentation file, not an"
                                                + " article (name it alone to analyze it)") : file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException
                                    ? "symbolic link loop: it leads back to a folder above it, skipped"
                                    : e instanceof NoSuchFileException ? "broken symbolic link or file vanished"
                                    : "cannot read: " + e.getMessage();
                            found.add(new Ingested.Failure(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Ingested.Failure(root.toString(), "cannot walk folder: " + e.getMessage()));
        }
        found.sort((a, b) -> key(a).compareTo(key(b)));
        out.addAll(found);
    }

    private static String key(Object o) {
        return o instanceof Path p ? p.toString() : o instanceof Ingested.Skipped s ? s.source()
                : ((Ingested.Failure) o).source();
    }

    /** What a folder's own documentation is called (README.md, LICENSE, CHANGELOG.txt): not news, in a folder walk. */
    private static final java.util.regex.Pattern DOCUMENTATION = java.util.regex.Pattern.compile(
            "(?i)(?:readme|licen[cs]e|changelog|changes|contributing|copying|notice|authors|code_of_conduct)(?:\\.[a-z0-9]+)?");

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Formats that hold no article text: passed over, not failed. */
    private static final java.util.regex.Pattern MEDIA = java.util.regex.Pattern.compile(
            ".*\\.(jpe?g|png|gif|webp|bmp|ico|svg|tiff?|mp3|mp4|m4a|wav|ogg|webm|avi|mov|pdf|zip|7z|rar|tar|tgz|docx?|xlsx?"
                    + "|pptx?|odt|epub|woff2?|ttf|otf|exe|dll|so|class|jar)$");
    private static final java.util.regex.Pattern WARC = java.util.regex.Pattern.compile(".*\\.warc(\\.gz)?$");
    private static final java.util.regex.Pattern FEED = java.util.regex.Pattern.compile(".*\\.(rss|atom|xml)(\\.gz)?$");
    private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile(".*\\.(html?|xhtml|shtml)(\\.gz)?$");

    private static boolean isJsonLines(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                || name.endsWith(".ndjson.gz");
    }

    private byte[] readAll(Path file, long max) throws InputException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(file);
            if (!name.endsWith(".gz") && size > max) {
                throw new InputException(tooLarge(size, max));
            }
            try (InputStream in = Files.newInputStream(file)) {
                InputStream stream = name.endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
                return readBounded(stream, max);
            }
        } catch (EOFException e) {
            throw new InputException("truncated gzip stream: the file ends before the compressed data does");
        } catch (ZipException e) {
            throw new InputException("corrupt gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
    }

    private static byte[] readBounded(InputStream in, long max) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                throw new InputException(tooLarge(total, max) + " (decompressed)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String tooLarge(long size, long max) {
        return String.format(Locale.ROOT, "too large: %.1f MiB, over the %d MiB limit for one document",
                size / 1048576.0, max >> 20);
    }

    private RawDocument textDocument(String source, byte[] bytes) throws InputException {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new InputException(tooLarge(bytes.length, limits.maxDocumentBytes()));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new InputException("no text: the file holds only white space");
        }
        return new RawDocument(source, RawDocument.Kind.TEXT_FILE, Bytes.of(bytes), decoded.charset(), decoded.text(), SourceHints.NONE);
    }

    private static Ingested jsonRecord(String source, byte[] line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return new Ingested.Failure(source, "not a JSON object");
            }
            String text = field(node, "text", "content", "body");
            if (text == null || text.isBlank()) {
                return new Ingested.Failure(source, "the record has no text (fields text, content or body)");
            }
            SourceHints hints = new SourceHints(field(node, "id"), field(node, "url", "link"),
                    field(node, "title", "headline"), field(node, "published", "date", "published_at"),
                    field(node, "outlet", "source", "site"));
            return new Ingested.Document(new RawDocument(source, RawDocument.Kind.JSON_LINES_RECORD, Bytes.of(line), "UTF-8", text, hints));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            return new Ingested.Failure(source, "not JSON: " + message.substring(0, Math.min(120, message.length())));
        } catch (IOException e) {
            return new Ingested.Failure(source, "cannot read record: " + e.getMessage());
        }
    }

    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value.isValueNode() ? value.asText() : value.toString();
            }
        }
        return null;
    }

    /** Streams inputs: a file at a time, a JSON Lines file a record at a time. */
    private final class DocumentIterator implements Iterator<Ingested> {
        private final Iterator<Object> inputs;
        private Iterator<Ingested> current = java.util.Collections.emptyIterator();

        private final Map<String, List<Ingested>> fetched;

        DocumentIterator(Iterator<Object> inputs, Map<String, List<Ingested>> fetched) {
            this.inputs = inputs;
            this.fetched = fetched;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && inputs.hasNext()) {
                current = open(inputs.next());
            }
            return current.hasNext();
        }

        @Override
        public Ingested next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private Iterator<Ingested> open(Object input) {
            if (input instanceof Ingested failure) {
                return List.of(failure).iterator();
            }
            if (input instanceof String location) {
                return fetched.computeIfAbsent(location, l -> {
                    List<Ingested> all = new ArrayList<>();
                    fetch(l).forEachRemaining(all::add);
                    return List.copyOf(all);
                }).iterator();
            }
            Path file = (Path) input;
            String source = file.toString();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (MEDIA.matcher(name).matches()) {
                    return List.of((Ingested) new Ingested.Skipped(source, "not a text format")).iterator();
                }
                if (WARC.matcher(name).matches()) {
                    return new WarcRecords(file, Ingest.this, limits.maxDocumentBytes());
                }
                if (FEED.matcher(name).matches()) {
                    return FeedItems.read(source, readAll(file, limits.maxDocumentBytes())).iterator();
                }
                if (HTML.matcher(name).matches()) {
                    return List.of(readHtml(source, readAll(file, limits.maxDocumentBytes()), SourceHints.NONE)).iterator();
                }
                if (isJsonLines(name)) {
                    if (Files.size(file) == 0) {
                        throw new InputException("empty file");
                    }
                    return new JsonLinesRecords(file, limits.maxDocumentBytes(), limits.maxFileBytes(), Ingest::jsonRecord);
                }
                if (name.endsWith(".json") || name.endsWith(".json.gz")) {
                    return json(source, readAll(file, limits.maxFileBytes()));
                }
                return List.of((Ingested) new Ingested.Document(
                        textDocument(source, readAll(file, limits.maxDocumentBytes())))).iterator();
            } catch (InputException e) {
                return List.of((Ingested) new Ingested.Failure(source, e.getMessage())).iterator();
            } catch (IOException e) {
                return List.of((Ingested) new Ingested.Failure(source, "cannot read: " + e.getMessage())).iterator();
            }
        }

        /** A page or feed fetched from the web. */
        private Iterator<Ingested> fetch(String location) {
            try {
                Fetcher.Fetched got = fetcher.fetch(location);
                String type = got.contentType().toLowerCase(Locale.ROOT);
                String url = got.url().toString();
                if (type.contains("rss") || type.contains("atom") || type.contains("xml") && FeedItems.looksLikeFeed(got.body())
                        || FeedItems.looksLikeFeed(got.body())) {
                    return FeedItems.read(url, got.body()).iterator();
                }
                if (type.contains("html") || type.isEmpty()) {
                    return List.of(readHtml(url, got.body(), new SourceHints(null, url, null, null, null))).iterator();
                }
                if (type.startsWith("text/")) {
                    return List.of((Ingested) new Ingested.Document(textDocument(url, got.body()))).iterator();
                }
                return List.of((Ingested) new Ingested.Skipped(url, "not a page or feed (" + got.contentType() + ")")).iterator();
            } catch (InputException e) {
                return List.of((Ingested) new Ingested.Failure(location, e.getMessage())).iterator();
            }
        }

        /** A JSON file: an array of article records, one record, or other data (skipped). */
        private Iterator<Ingested> json(String source, byte[] bytes) throws InputException {
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
            } catch (IOException e) {
                throw new InputException("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (root == null) {
                throw new InputException("empty file");
            }
            List<Ingested> records = new ArrayList<>();
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    records.add(jsonRecord(source + "[" + i + "]", root.get(i).toString().getBytes(StandardCharsets.UTF_8)));
                }
            } else if (field(root, "text", "content", "body") != null) {
                records.add(jsonRecord(source, bytes));
            } else {
                records.add(new Ingested.Skipped(source, "JSON without article records (no text, content or body field)"));
            }
            return records.iterator();
        }
    }
}
