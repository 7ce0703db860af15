package org.parallax.app;

import java.nio.file.Path;
import java.time.Clock;
import org.parallax.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command that reads or writes the store shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "the store folder (default: $PARALLAX_STORE, else the user's data folder)")
    Path store;

    Path folder() {
        return store != null ? store : defaultFolder();
    }

    Store open() {
        return Store.open(folder(), Clock.systemUTC());
    }

    static Path defaultFolder() {
        String env = System.getenv("PARALLAX_STORE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("parallax");
    }
}
