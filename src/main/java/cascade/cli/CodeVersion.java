package cascade.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version recorded with every run: the project version and, when built from git, the commit. */
public final class CodeVersion implements CommandLine.IVersionProvider {

    public static String get() {
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

    @Override
    public String[] getVersion() {
        return new String[] {"cascade " + get()};
    }
}
