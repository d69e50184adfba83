package cascade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cascade} command line: one subcommand per use. */
@Command(name = "cascade", mixinStandardHelpOptions = true, versionProvider = CodeVersion.class,
        description = "Cascade: a liquidation-imbalance trading bot for crypto perpetual futures.",
        subcommands = {BacktestCommand.class, SimulateCommand.class, SignalsCommand.class, HeatmapCommand.class,
            PaperCommand.class, FakeExchangeCommand.class,
            CommandLine.HelpCommand.class})
public final class CascadeCli implements Runnable {
    /** Exit code for bad input or configuration (picocli uses 2 for bad command-line usage). */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code when the engine itself failed (a bug): results must not be trusted. */
    public static final int EXIT_ENGINE_FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new CascadeCli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Resolves a default file shipped with Cascade: as given when it exists from the working directory,
     * else under the installation (the launcher passes {@code -Dcascade.home}).
     */
    static Path shipped(String relative) {
        Path direct = Path.of(relative);
        if (Files.exists(direct)) {
            return direct;
        }
        String home = System.getProperty("cascade.home");
        return home == null ? direct : Path.of(home).resolve(relative);
    }
}
