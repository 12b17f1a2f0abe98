package org.coachlogic.examples.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on standard error (me.tongfei:progressbar): clients done, clients per second and the time
 * left, shown only when standard error is a terminal, so that nothing is written when it is piped or
 * redirected. The time left needs a total: known for a file (estimated from its size and the bytes read so
 * far), given by {@code --total} for standard input, else the bar shows the count and the rate only.
 */
final class Progress implements AutoCloseable {

    private static final Progress NONE = new Progress(null, null, 0);

    private final ProgressBar bar;
    private final JsonLinesInput input;
    private final long total;

    private Progress(ProgressBar bar, JsonLinesInput input, long total) {
        this.bar = bar;
        this.input = input;
        this.total = total;
    }

    /** A bar for this input, or nothing if standard error is not a terminal or {@code show} is false. */
    static Progress start(String task, JsonLinesInput input, long total, boolean show) {
        if (!show || !standardErrorIsATerminal()) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total > 0 ? total : -1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" clients", 1)
                .showSpeed(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
        return new Progress(bar, input, total);
    }

    /** Moves the bar to this many lines done. */
    void update(long lines) {
        if (bar == null) {
            return;
        }
        if (total <= 0 && input.size() > 0 && input.bytesRead() > 0) {
            bar.maxHint(Math.max(lines, Math.round((double) input.size() * lines / input.bytesRead())));
        }
        bar.stepTo(lines);
    }

    @Override
    public void close() {
        if (bar != null) {
            if (total <= 0) {
                bar.maxHint(bar.getCurrent());
            }
            bar.close();
        }
    }

    /** Whether standard error is a terminal; JLine asks the system, Java 17 cannot. */
    static boolean standardErrorIsATerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
