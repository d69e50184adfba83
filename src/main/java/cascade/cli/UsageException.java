package cascade.cli;

/**
 * A command-line mistake the user fixes by changing the command: a bad option value, {@code --to} not after
 * {@code --from}, an output that exists without {@code --force}. Exit code {@link CascadeCli#EXIT_USAGE}.
 */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
