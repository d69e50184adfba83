package cascade.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The version recorded with every run: the project version and, when Cascade runs from a git checkout (the
 * launcher's {@code cascade.home}, else the working directory), the commit as {@code git describe} gives it,
 * {@code -dirty} when the sources differ from it: "0.1.0-SNAPSHOT (git 9208a93-dirty)".
 */
public final class CodeVersion implements CommandLine.IVersionProvider {
    private static volatile String cached;

    public static String get() {
        String v = cached;
        if (v == null) {
            v = projectVersion();
            String commit = gitDescribe(Path.of(System.getProperty("cascade.home", ".")));
            cached = v = commit == null ? v : v + " (git " + commit + ")";
        }
        return v;
    }

    private static String projectVersion() {
        Properties p = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/cascade-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = p.getProperty("version", "unknown");
        return version.startsWith("${") ? "dev" : version;
    }

    /** {@code git describe --always --dirty} in the directory, or null when it is not a checkout or git is absent. */
    static String gitDescribe(Path dir) {
        if (!Files.exists(dir.resolve(".git"))) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("git", "-C", dir.toString(), "describe", "--always", "--dirty",
                    "--abbrev=12").redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readNBytes(200);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && text.matches("[\\w.-]+") ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cascade " + get()};
    }
}
