package org.parallax.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.bundle.Views;
import org.parallax.ingest.Ingest;
import org.parallax.pipeline.BatchSink;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.Processed;
import org.parallax.pipeline.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Clean only: one JSON object per input document per line (JSON Lines) on standard output."
                + " The store is not touched.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders or http(s) URLs")
    List<String> paths;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Summary summary = extract(paths, System.out, threads, spec.commandLine().getErr());
        return Analysis.exitCode(summary);
    }

    static Summary extract(List<String> paths, OutputStream out, int threads, java.io.PrintWriter err) {
        JsonFactory factory = new JsonFactory();
        BatchSink sink = batch -> {
            try {
                for (Processed.Done done : batch) {
                    JsonGenerator json = factory.createGenerator(out);
                    Views.extracted(done.article()).write(json);
                    json.flush();
                    out.write('\n');
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to standard output", e);
            }
            return new BatchSink.Outcome(batch.size(), 0);
        };
        try (Progress progress = new Progress("extract")) {
            return new Pipeline(Clock.systemUTC(), threads, 256).run(new Ingest().readLocations(paths), sink, progress,
                    failure -> Analysis.report(err, failure));
        }
    }
}
