package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The paper and fake-exchange commands refuse bad input with a clear message and exit code, touching no network. */
class PaperCommandTest {
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = CascadeCli.execute(args);
            return new String[] {Integer.toString(code), o.toString(StandardCharsets.UTF_8),
                e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void anUnsupportedVenueIsABadInputError() {
        String[] r = run("paper", "--venue", "bybit", "--no-store", "--status-port", "-1");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("--venue: only 'binance' is supported, was 'bybit'");
    }

    @Test
    void anEndpointMustBeHttp() {
        String[] r = run("paper", "--endpoint", "ftp://127.0.0.1:1", "--no-store", "--status-port", "-1");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("--endpoint must be http:// or https://, was ftp://127.0.0.1:1");
    }

    @Test
    void theFakeExchangeDocumentsItsFaultApiAndNeedsOneSource() {
        String[] help = run("fake-exchange", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("POST /_fake/drop").contains("/_fake/silence").contains("/_fake/skip");
        String[] none = run("fake-exchange", "--port", "0");
        assertThat(none[0]).isEqualTo("2");
        String[] missing = run("fake-exchange", "--port", "0", "--data", "no/such.casc");
        assertThat(missing[0]).isEqualTo("1");
    }
}
