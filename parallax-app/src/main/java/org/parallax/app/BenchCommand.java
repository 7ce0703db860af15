package org.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parallax.nlp.ClaimAligner;
import org.parallax.nlp.ClaimJudge;
import org.parallax.pipeline.Summary;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extract and analyze throughput on generated corpora of growing size.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "corpus sizes (default: ${DEFAULT-VALUE})")
    List<Integer> sizes = List.of(10_000, 100_000);

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work", paramLabel = "DIR", description = "scratch folder (default: a temporary one)")
    Path work;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "instead, measure HTML extraction on a folder of pages (.html or .html.gz), by page size")
    Path pages;

    @Option(names = "--corpus", split = ",", paramLabel = "N",
            description = "instead, measure duplicate detection and story clustering on N generated articles")
    List<Integer> corpus;

    @Option(names = "--write-warc", paramLabel = "DIR",
            description = "instead, write a generated crawl of each of --sizes articles as WARC.gz files (1,000 pages"
                    + " each) under DIR/N, for benchmarks of analyze and the Spark job on the same input")
    Path writeWarc;

    @Option(names = "--entities", paramLabel = "DIR",
            description = "instead, measure entity analysis on a folder of article texts (.txt), by article length")
    Path entities;

    @Option(names = "--long-article", paramLabel = "DIR",
            description = "instead, annotate one long article made of the paragraphs of the texts (.txt, .txt.gz) under"
                    + " DIR at each of --lengths, and report seconds and KB/s per length: they should grow linearly")
    Path longArticle;

    @Option(names = "--claims", paramLabel = "STORE",
            description = "instead, align the claims of stories of --story-sizes articles taken from an analyzed store"
                    + " (its largest storylines first) and report milliseconds per story")
    Path claims;

    @Option(names = "--story-sizes", split = ",", paramLabel = "N",
            description = "story sizes for --claims (default: 10,25,50,100)")
    List<Integer> storySizes = List.of(10, 25, 50, 100);

    @Option(names = "--lengths", split = ",", paramLabel = "LENGTH",
            description = "article lengths for --long-article (default: 10k,100k,1m,4m,16m)")
    List<String> lengths;

    @Override
    public Integer call() throws IOException {
        if (writeWarc != null) {
            for (int size : sizes) {
                System.out.println(new SyntheticCorpus(42).writeWarc(writeWarc.resolve(Integer.toString(size)), size, 1_000));
            }
            return 0;
        }
        if (longArticle != null) {
            return benchLongArticle(longArticle);
        }
        if (claims != null) {
            return benchClaims(claims);
        }
        if (entities != null) {
            return benchEntities(entities);
        }
        if (pages != null) {
            return benchPages(pages);
        }
        if (corpus != null) {
            System.out.println(CorpusBenchmark.header());
            for (int n : corpus) {
                System.gc();
                System.out.println(new CorpusBenchmark(42).run(n, BenchCommand::liveHeapBytes).toString()
                        .replaceFirst("(\\s+\\S+\\s+\\S+\\s+)(\\d+)", "$1$2"));
            }
            return 0;
        }
        Path dir = work != null ? work : Files.createTempDirectory("parallax-bench");
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
        System.out.println("size      stage    docs/s   seconds  live heap MiB (max after GC)");
        try {
            for (int size : sizes) {
                Path corpus = new SyntheticCorpus(42).write(dir.resolve("corpus-" + size), size);
                try (LiveHeap heap = new LiveHeap()) {
                    Summary extract = ExtractCommand.extract(List.of(corpus.toString()), OutputStream.nullOutputStream(), threads, quiet);
                    report(size, "extract", extract, heap.maxMiB());
                }
                try (LiveHeap heap = new LiveHeap();
                     Store store = Store.open(dir.resolve("store-" + size), Clock.systemUTC())) {
                    report(size, "analyze", Analysis.run(List.of(corpus.toString()), store, quiet, threads).summary(), heap.maxMiB());
                }
            }
        } finally {
            if (work == null) {
                delete(dir);
            }
        }
        return 0;
    }

    /**
     * Milliseconds to align the claims of one story of N articles: the articles of the store's largest storylines
     * first (the most alike, the most to align), then the others; the best of five runs after two to warm up.
     */
    private int benchClaims(Path storeDir) {
        try (Store store = Store.open(storeDir, Clock.systemUTC())) {
            List<String> order = new java.util.ArrayList<>();
            store.storylines().stream().sorted(java.util.Comparator.comparingInt((org.parallax.model.Storyline l) -> -l.stories().size()))
                    .forEach(l -> order.addAll(store.articlesOfStoryline(l.id())));
            ClaimAligner aligner = new ClaimAligner(new ClaimJudge());
            System.out.println("articles  claims  aligned claims  corroborated  ms (best of 5)  ms per article");
            for (int n : storySizes) {
                Store.Thread thread = store.threadOf("bench", order.subList(0, Math.min(n, order.size())));
                long best = Long.MAX_VALUE;
                ClaimAligner.Alignment result = null;
                for (int round = 0; round < 7; round++) {
                    long started = System.nanoTime();
                    result = aligner.align(thread.claims(), thread.storyOf());
                    if (round >= 2) {
                        best = Math.min(best, System.nanoTime() - started);
                    }
                }
                long corroborated = result.claims().stream().filter(c -> c.independentSources() > 1).count();
                System.out.printf(java.util.Locale.ROOT, "%8d  %6d  %14d  %12d  %14.1f  %14.2f%n", thread.storyOf().size(),
                        thread.claims().size(), result.claims().size(), corroborated, best / 1e6,
                        best / 1e6 / Math.max(1, thread.storyOf().size()));
            }
        }
        return 0;
    }

    /** Pages per second of HTML extraction and cleaning, overall and by page size. */
    private int benchPages(Path folder) throws IOException {
        List<byte[]> all = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
                    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
                        all.add(in.readAllBytes());
                    }
                } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                    all.add(Files.readAllBytes(f));
                }
            }
        }
        long[] bounds = {50_000, 200_000, 1_000_000, Long.MAX_VALUE};
        String[] labels = {"< 50 KB", "50-200 KB", "200 KB-1 MB", ">= 1 MB"};
        System.out.println("page size     pages  pages/s     MB/s  live heap MiB (max after GC)");
        org.parallax.ingest.Ingest ingest = new org.parallax.ingest.Ingest();
        for (int round = 0; round < 2; round++) {
            for (int b = -1; b < bounds.length; b++) {
                long low = b <= 0 ? 0 : bounds[b - 1];
                long high = b < 0 ? Long.MAX_VALUE : bounds[b];
                List<org.parallax.ingest.Ingested> inputs = new java.util.ArrayList<>();
                long bytes = 0;
                for (int i = 0; i < all.size(); i++) {
                    byte[] page = all.get(i);
                    if (page.length >= low && page.length < high) {
                        inputs.add(ingest.readHtml("page-" + i, page, org.parallax.model.SourceHints.NONE));
                        bytes += page.length;
                    }
                }
                if (inputs.isEmpty() || round == 0) {
                    continue;
                }
                try (LiveHeap heap = new LiveHeap()) {
                    Summary s = new org.parallax.pipeline.Pipeline(Clock.systemUTC(), threads, 256)
                            .run(inputs, batch -> new org.parallax.pipeline.BatchSink.Outcome(batch.size(), 0), x -> { }, f -> { });
                    double seconds = s.elapsed().toNanos() / 1e9;
                    System.out.printf(Locale.ROOT, "%-12s %6d %8.0f %8.1f %14d%n", b < 0 ? "all" : labels[b], inputs.size(),
                            inputs.size() / seconds, bytes / 1e6 / seconds, heap.maxMiB());
                }
            }
            if (round == 0) {
                // a first pass over all pages warms the JIT and loads the language models
                new org.parallax.pipeline.Pipeline(Clock.systemUTC(), threads, 256).run(
                        all.stream().map(p -> ingest.readHtml("warm", p, org.parallax.model.SourceHints.NONE)).toList(),
                        batch -> new org.parallax.pipeline.BatchSink.Outcome(batch.size(), 0), x -> { }, f -> { });
            }
        }
        return 0;
    }

    /** Articles per second of the per-article entity stage, on one thread and on all, and by article length. */
    private int benchEntities(Path folder) throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        long loadStart = System.nanoTime();
        org.parallax.nlp.EntityFinder.warmUp();
        double load = (System.nanoTime() - loadStart) / 1e9;
        System.gc();
        System.out.printf(Locale.ROOT, "model load %.1f s, live heap after load %d MiB, %d articles, %.0f words each on average%n",
                load, liveHeapBytes(), texts.size(), texts.stream().mapToInt(BenchCommand::words).average().orElse(0));
        org.parallax.nlp.EntityFinder finder = new org.parallax.nlp.EntityFinder();
        texts.forEach(t -> finder.find("warm", t));   // JIT warm-up
        int[] bounds = {400, 800, 1600, Integer.MAX_VALUE};
        String[] labels = {"< 400 words", "400-800", "800-1600", ">= 1600"};
        System.out.println("articles       threads  articles  articles/s  words/s  live heap MiB (max after GC)");
        for (int t : java.util.stream.IntStream.of(1, threads).distinct().toArray()) {
            for (int b = -1; b < bounds.length; b++) {
                int low = b <= 0 ? 0 : bounds[b - 1];
                int high = b < 0 ? Integer.MAX_VALUE : bounds[b];
                List<String> chosen = texts.stream().filter(x -> words(x) >= low && words(x) < high).toList();
                if (chosen.isEmpty() || b >= 0 && t != 1) {
                    continue;
                }
                java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(t);
                try (LiveHeap heap = new LiveHeap()) {
                    long start = System.nanoTime();
                    pool.submit(() -> chosen.parallelStream().forEach(x -> finder.find("bench", x))).get();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long words = chosen.stream().mapToLong(BenchCommand::words).sum();
                    System.out.printf(Locale.ROOT, "%-14s %7d %9d %11.1f %8.0f %14d%n", b < 0 ? "all" : labels[b], t,
                            chosen.size(), chosen.size() / seconds, words / seconds, heap.maxMiB());
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("the entity benchmark failed", e);
                } finally {
                    pool.shutdown();
                }
            }
        }
        return 0;
    }

    /** Seconds and KB/s of the entity stage and of the whole annotation on one article of each length. */
    private int benchLongArticle(Path folder) throws IOException {
        List<Integer> chars = lengths == null ? LongArticleBenchmark.LENGTHS
                : lengths.stream().map(LongArticleBenchmark::parseLength).toList();
        LongArticleBenchmark bench = new LongArticleBenchmark(folder, 42);
        org.parallax.nlp.EntityFinder.warmUp();
        for (int i = 0; i < 3; i++) {
            bench.run(200 << 10);   // JIT warm-up
        }
        System.out.println(LongArticleBenchmark.header());
        List<LongArticleBenchmark.Result> results = new java.util.ArrayList<>();
        for (int n : chars) {
            LongArticleBenchmark.Result r = bench.run(n);
            results.add(r);
            System.out.println(r);
            System.out.flush();
        }
        System.out.println(LongArticleBenchmark.growth(results));
        return 0;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static void report(int size, String stage, Summary s, long liveMiB) {
        System.out.printf(Locale.ROOT, "%-9d %-8s %7.0f %9.1f %14d%n", size, stage, s.rate(), s.elapsed().toMillis() / 1000.0,
                liveMiB);
        System.out.flush();
    }

    /** The heap in use after the most recent collection, in MiB. */
    static long liveHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum() >> 20;
    }

    /**
     * The largest heap left in use right after a garbage collection while a stage runs: the memory the
     * stage needs, as opposed to garbage the collector has not yet had reason to reclaim.
     */
    private static final class LiveHeap implements AutoCloseable {
        private final Thread sampler;
        private volatile long max;
        private volatile boolean running = true;

        LiveHeap() {
            System.gc();
            sampler = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                            .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
                    max = Math.max(max, used);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        long maxMiB() {
            return max >> 20;
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
