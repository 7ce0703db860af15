package org.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.ingest.Ingest;
import org.parallax.ingest.Limits;
import org.parallax.store.BundleExport;
import org.parallax.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Ingest files and folders (recursively), run the pipeline, update the store, and write the"
                + " analysis bundle of these inputs.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "files, folders or http(s) URLs: text, JSON Lines, HTML, WARC, RSS/Atom; gzip of any")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "write the bundle here (default: standard output)")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-private-urls",
            description = "fetch URLs on loopback, private and link-local addresses too (refused by default)")
    boolean privateUrls;

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Store s = store.open()) {
            Analysis.Result result = Analysis.run(paths, new Ingest(Limits.DEFAULT, privateUrls), s,
                    spec.commandLine().getErr(), threads);
            writeBundle(s, result.articleIds(), out);
            return Analysis.exitCode(result.summary());
        }
    }

    static void writeBundle(Store store, List<String> ids, Path out) throws IOException {
        if (out != null && out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
        try {
            BundleExport.write(store, ids, new NonClosing(stream));
        } finally {
            if (out != null) {
                stream.close();
            } else {
                System.out.flush();
            }
        }
    }

    /** Keeps the bundle writer from closing standard output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
