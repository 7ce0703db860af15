package org.parallax.app;

import java.nio.file.Path;

/** The command line for tests in other packages: runs it and returns the exit code. */
public final class TestCli {
    public static final Path SHARED = Cli.SHARED;

    private TestCli() {
    }

    public static int run(String... args) {
        return Cli.run(args).exit();
    }
}
