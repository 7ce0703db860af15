package org.parallax.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyze the built-in example corpus (fictional outlets, one fictional event) into its own"
                + " store and serve it.")
final class DemoCommand implements Callable<Integer> {
    /** The demo corpus, a folder of the jar; INDEX lists its files. */
    static final String CORPUS = "/org/parallax/app/demo/";

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--store", paramLabel = "DIR", description = "the demo's store (default: the data folder's demo/)")
    Path store;

    @Option(names = "--no-serve", description = "analyze only, do not start the server")
    boolean noServe;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path folder = store != null ? store : StoreOption.defaultFolder().resolve("demo");
        if (!noServe && !free(host, port)) {
            spec.commandLine().getErr().println("parallax: port " + port + " on " + host + " is in use (is a demo"
                    + " already running? open http://" + host + ":" + port + "/, or pass --port)");
            return 2;
        }
        Path corpus = unpack(folder.resolve("corpus"));
        try (Store s = Store.open(folder, java.time.Clock.systemUTC())) {
            Analysis.Result result = Analysis.run(List.of(corpus.toString()), s, spec.commandLine().getErr(),
                    Runtime.getRuntime().availableProcessors());
            if (noServe) {
                return Analysis.exitCode(result.summary());
            }
            ServeCommand.serveUntilStopped(s, host, port, 200);
        }
        return 0;
    }

    /** Whether a server could listen on {@code host:port} now: checked before the analysis, not after it. */
    static boolean free(String host, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the corpus from the jar into {@code target}, replacing what an earlier run left there. */
    static Path unpack(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : index()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + name)) {
                if (in == null) {
                    throw new IOException("demo corpus file missing from the jar: " + name);
                }
                Files.write(target.resolve(name), in.readAllBytes());
            }
        }
        return target;
    }

    static List<String> index() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + "INDEX")) {
            if (in == null) {
                throw new IllegalStateException("demo corpus index missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
