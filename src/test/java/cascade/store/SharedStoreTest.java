package cascade.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.config.StoreConfig;
import cascade.market.Instruments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Cascade processes on one store: both record (H2's automatic mixed mode), or a clear message. */
class SharedStoreTest {
    @TempDir
    Path dir;

    /** Starts {@link HoldStore} in another JVM and waits until it holds the store. */
    private Process holder(String mode) throws IOException {
        return awaitReady(start(mode));
    }

    private Process start(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(),
                dir.toString(), mode).redirectErrorStream(true).start();
    }

    private static Process awaitReady(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // skip the child's log lines
        }
        assertThat(line).as("the holder process came up").isEqualTo("ready");
        return p;
    }

    private static int release(Process p) throws Exception {
        p.getOutputStream().close();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void aSecondProcessRecordsIntoTheStoreTheFirstHoldsOpen() throws Exception {
        Process first = holder("shared");
        try (RunStore store = RunStore.open(StoreConfig.inDirectory(dir));
                RunRecorder recorder = store.startRun(new RunInfo(RunKind.BACKTEST, "second", null, "s", null, "d",
                        "v", 2L), new Instruments())) {
            recorder.flush();
            assertThat(store.queries().listRuns()).extracting(StoredRun::specName).containsExactly("held", "second");
        } finally {
            assertThat(release(first)).isZero();
        }
    }

    @Test
    void twoProcessesCreatingANewStoreAtOnceBothRecord() throws Exception {
        Process a = start("shared");
        Process b = start("shared");
        try {
            awaitReady(a);
            awaitReady(b);
        } finally {
            assertThat(release(a)).isZero();
            assertThat(release(b)).isZero();
        }
        try (RunStore store = RunStore.open(StoreConfig.inDirectory(dir))) {
            assertThat(store.queries().listRuns()).extracting(StoredRun::specName).containsExactly("held", "held");
        }
    }

    @Test
    void anExclusiveStoreInUseSaysWhatToDo() throws Exception {
        Process first = holder("exclusive");
        StoreConfig exclusive = new StoreConfig(StoreConfig.inDirectory(dir).jdbcUrl() + ";AUTO_SERVER=FALSE",
                "cascade");
        try {
            assertThatThrownBy(() -> RunStore.open(exclusive)).isInstanceOf(StoreException.class)
                    .hasMessage("the run store at " + exclusive.jdbcUrl() + " is in use by another process and cannot"
                            + " be shared (its url sets AUTO_SERVER=FALSE): wait for that run to finish, run with"
                            + " --no-store, or point store.jdbcUrl in config/cascade.yml at another file");
        } finally {
            assertThat(release(first)).isZero();
        }
    }

    @Test
    void fileStoresAreSharedAndMemoryStoresLeftAlone() {
        assertThat(RunStore.shared("jdbc:h2:file:./cascade-data/cascade"))
                .isEqualTo("jdbc:h2:file:./cascade-data/cascade;AUTO_SERVER=TRUE");
        assertThat(RunStore.shared("jdbc:h2:file:/x/c;auto_server=false")).isEqualTo("jdbc:h2:file:/x/c;auto_server=false");
        assertThat(RunStore.shared("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1");
    }
}
