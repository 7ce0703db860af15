package org.parallax.app;

import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error while a terminal watches; nothing otherwise. */
final class Progress implements Consumer<String>, AutoCloseable {
    private final ProgressBar bar;

    Progress(String task) {
        this.bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setUnit(" docs", 1).build();
    }

    @Override
    public void accept(String source) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
