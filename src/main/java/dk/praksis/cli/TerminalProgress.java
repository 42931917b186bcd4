package dk.praksis.cli;

import dk.praksis.audit.Progress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while an audit runs. Only on an interactive terminal: piped or redirected
 * output stays clean. The number of cases is not known before they are read, so the bar counts.
 */
final class TerminalProgress implements Progress {

    private final ProgressBar bar;

    private TerminalProgress(PrintStream err) {
        // ASCII: the Windows console's default code page cannot draw the Unicode blocks.
        this.bar = new ProgressBarBuilder()
                .setTaskName("Vurderer sager")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" sager", 1)
                .hideEta()
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    /**
     * @param interactive whether the user watches a terminal (System.console() is not null)
     * @param quiet       the user asked for no progress (--stille)
     */
    static Progress choose(boolean interactive, boolean quiet, PrintStream err) {
        return interactive && !quiet ? new TerminalProgress(err) : Progress.SILENT;
    }

    @Override
    public void caseScored() {
        bar.step();
    }

    @Override
    public void writing() {
        bar.setExtraMessage(" skriver rapporter ...");
    }

    @Override
    public void finished() {
        bar.close();
    }
}
