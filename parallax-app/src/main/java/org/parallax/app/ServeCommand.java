package org.parallax.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parallax.store.Store;
import org.parallax.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and JSON API over the store.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "requests per second allowed from one client address, 0 for no limit (default: ${DEFAULT-VALUE})")
    int rateLimit = 200;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws InterruptedException {
        if (rateLimit < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rate-limit must not be negative");
        }
        try (Store s = store.open()) {
            serveUntilStopped(s, host, port, rateLimit);
        }
        return 0;
    }

    static void serveUntilStopped(Store store, String host, int port, int rateLimit) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebServer server = WebServer.start(store, host, port, rateLimit)) {
            System.err.printf("Serving %d articles at http://%s:%d/ (Ctrl-C to stop)%n", store.count(), host, server.port());
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
    }
}
