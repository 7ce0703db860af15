package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.parallax.store.Store;

/**
 * What a browser test browses: Debian's headless Chromium driven by Playwright, started before the class's own
 * {@code @BeforeAll}, and the stores it opens and serves on a free local port, all closed after the class. Register it
 * as a static {@code @RegisterExtension} field.
 */
final class LiveSite implements BeforeAllCallback, AfterAllCallback {
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("PARALLAX_CHROMIUM", "/usr/bin/chromium"));
    static final Path SHOTS = Paths.get("target", "screenshots");

    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assertThat(CHROMIUM).as("Chromium for the browser tests (./run-tests installs Debian's chromium)").isExecutable();
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        while (!open.isEmpty()) {
            open.pop().close();
        }
    }

    /** The store in {@code dir}, closed after the class. */
    Store open(Path dir) {
        Store store = Store.open(dir, Clock.systemUTC());
        open.push(store);
        return store;
    }

    /** Serves {@code store} on a free local port until after the class; its address, without a trailing slash. */
    String serve(Store store) {
        WebServer server = WebServer.start(store, "127.0.0.1", 0);
        open.push(server);
        return "http://127.0.0.1:" + server.port();
    }

    Page newPage() {
        return browser.newPage();
    }

    /** A full-page screenshot of {@code page}, kept in target/screenshots under {@code name}. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
