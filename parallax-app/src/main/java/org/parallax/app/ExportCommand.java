package org.parallax.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.bundle.Views;
import org.parallax.web.CsvTables;
import org.parallax.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the whole store: the bundle (json), one article per line (jsonl), a table (csv),"
                + " or the network of entities, named together and quoted naming each other (graphml).")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, jsonl, csv, graphml }

    @Option(names = "--format", required = true, description = "json, jsonl, csv or graphml")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output)")
    Path out;

    @Option(names = "--table", description = "csv: articles, stories, storylines, quotes, times, stances or claims"
            + " (default: ${DEFAULT-VALUE})")
    String table = "articles";

    @Option(names = "--nodes", description = "graphml: the entities in most articles to include (default: ${DEFAULT-VALUE})")
    int nodes = 2000;

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!CsvTables.TABLES.contains(table)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--table must be one of "
                    + String.join(", ", CsvTables.TABLES) + ", was " + table);
        }
        try (Store s = store.open()) {
            switch (format) {
                case json -> {
                    List<String> ids = new ArrayList<>();
                    s.forEachArticle(a -> ids.add(a.article().id()));
                    AnalyzeCommand.writeBundle(s, ids, out);
                }
                case jsonl -> write(s, this::jsonl);
                case csv -> write(s, this::csv);
                case graphml -> write(s, (st, o) -> org.parallax.store.EntityGraph.write(st, nodes, o));
            }
        }
        return 0;
    }

    private interface Writer {
        void write(Store store, OutputStream out) throws IOException;
    }

    private void write(Store s, Writer writer) throws IOException {
        if (out == null) {
            writer.write(s, System.out);
            System.out.flush();
            return;
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            writer.write(s, stream);
        }
    }

    private void jsonl(Store s, OutputStream out) {
        JsonFactory factory = new JsonFactory();
        s.forEachArticle(a -> {
            try {
                JsonGenerator json = factory.createGenerator(out);
                Views.article(a.article(), a.duplicateOf(), null).write(json);
                json.flush();
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void csv(Store s, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvTables.write(s, table, w);
        w.flush();
    }
}
