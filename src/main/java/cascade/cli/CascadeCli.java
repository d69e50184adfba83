package cascade.cli;

import cascade.config.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cascade} command line: one subcommand per use. */
@Command(name = "cascade", mixinStandardHelpOptions = true, versionProvider = CodeVersion.class,
        description = "Cascade: a liquidation-imbalance trading bot for crypto perpetual futures.",
        subcommands = {BacktestCommand.class, SimulateCommand.class, SignalsCommand.class, HeatmapCommand.class,
            RunsCommand.class, SweepCommand.class, DownloadCommand.class, WalkforwardCommand.class,
            WeightsCommand.class, PaperCommand.class, FakeExchangeCommand.class,
            CommandLine.HelpCommand.class})
public final class CascadeCli implements Runnable {
    /** Exit code for bad input or configuration. */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code for a command-line mistake: picocli's for an unknown option, ours for a bad option value. */
    public static final int EXIT_USAGE = 2;
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
     * The application settings: the file named by the system property {@code cascade.config} or the
     * environment variable {@code CASCADE_CONFIG} (a store per process or per project), else
     * {@code config/cascade.yml}.
     */
    static AppConfig appConfig() {
        String named = System.getProperty("cascade.config", System.getenv("CASCADE_CONFIG"));
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("the configuration " + file + " (cascade.config / CASCADE_CONFIG) does not"
                        + " exist");
            }
            return AppConfig.load(file);
        }
        return AppConfig.load(shipped("config/cascade.yml"));
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
