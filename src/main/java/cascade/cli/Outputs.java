package cascade.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a command may write: never one of its own inputs, and an existing file only with {@code --force}.
 * Both refusals are command-line mistakes (exit code 2), raised before anything is read or written.
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * @param option the option that named the output, for the message ("--journal")
     * @param inputs the command's input files and directories
     */
    static void checkFile(String option, Path out, boolean force, List<Path> inputs) throws IOException {
        if (out == null) {
            return;
        }
        for (Path in : inputs) {
            if (same(out, in) || (Files.isDirectory(in) && out.toAbsolutePath().normalize()
                    .startsWith(in.toAbsolutePath().normalize()))) {
                throw new UsageException(option + " " + out + " is an input of this run: refusing to overwrite it");
            }
        }
        if (Files.isDirectory(out)) {
            throw new UsageException(option + " " + out + " is a directory: name a file");
        }
        if (Files.exists(out) && !force) {
            throw new UsageException(option + " " + out + " already exists: pass --force to overwrite it");
        }
    }

    /** A directory the command writes {@code names} into: refused when one of them exists, unless forced. */
    static void checkDirectory(String option, Path dir, boolean force, List<String> names) throws IOException {
        if (dir == null || !Files.exists(dir) || force) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + " " + dir + " is a file, not a directory");
        }
        for (String name : names) {
            if (Files.exists(dir.resolve(name))) {
                throw new UsageException(option + " " + dir + " already holds " + name
                        + ": pass --force to overwrite it");
            }
        }
    }

    /** A directory the command fills with files of its own naming: refused when not empty, unless forced. */
    static void checkEmptyDirectory(String option, Path dir, boolean force) throws IOException {
        if (dir == null || !Files.exists(dir) || force) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + " " + dir + " is a file, not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new UsageException(option + " " + dir + " is not empty: pass --force to write into it");
            }
        }
    }

    private static boolean same(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
