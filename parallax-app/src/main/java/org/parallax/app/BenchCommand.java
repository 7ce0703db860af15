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

    @Override
    public Integer call() throws IOException {
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

    private static void report(int size, String stage, Summary s, long liveMiB) {
        System.out.printf(Locale.ROOT, "%-9d %-8s %7.0f %9.1f %14d%n", size, stage, s.rate(), s.elapsed().toMillis() / 1000.0,
                liveMiB);
        System.out.flush();
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

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
