package cascade.cli;

import cascade.config.ConfigException;
import cascade.feed.BadInputException;
import cascade.feed.NoDataException;
import cascade.store.StoreException;
import cascade.run.BacktestRunner;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

/**
 * Turns what a command can expect to go wrong into one clear line on standard error and an exit code:
 * a command-line mistake → {@link CascadeCli#EXIT_USAGE}; bad or missing input, configuration or run store →
 * {@link CascadeCli#EXIT_BAD_INPUT}; an engine failure (a bug) →
 * {@link CascadeCli#EXIT_ENGINE_FAILURE}. Anything else is a bug and surfaces with its stack trace.
 */
final class Guard {
    private Guard() {
    }

    static int run(Callable<Integer> command) throws Exception {
        try {
            return command.call();
        } catch (UsageException e) {
            return fail(CascadeCli.EXIT_USAGE, "error: " + e.getMessage());
        } catch (ConfigException | BadInputException | NoDataException | StoreException
                | IllegalArgumentException e) {
            return fail(CascadeCli.EXIT_BAD_INPUT, "error: " + e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(CascadeCli.EXIT_BAD_INPUT, "error: file not found: " + e.getFile());
        } catch (IOException e) {
            return fail(CascadeCli.EXIT_BAD_INPUT, "error: cannot read or write: " + e);
        } catch (BacktestRunner.EngineFailure e) {
            return fail(CascadeCli.EXIT_ENGINE_FAILURE, "engine failure: " + e.getMessage());
        }
    }

    private static int fail(int code, String message) {
        System.err.println(message);
        return code;
    }
}
