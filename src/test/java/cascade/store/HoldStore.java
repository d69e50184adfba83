package cascade.store;

import cascade.config.StoreConfig;
import cascade.market.Instruments;

/**
 * A second Cascade process for {@link SharedStoreTest}: opens the file store in the directory given, records
 * one run, prints "ready" and keeps the store open until its standard input closes.
 * {@code args[1] == "exclusive"} opens it with {@code AUTO_SERVER=FALSE} (H2's embedded, locking mode).
 */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = StoreConfig.inDirectory(java.nio.file.Path.of(args[0]));
        if (args.length > 1 && args[1].equals("exclusive")) {
            config = new StoreConfig(config.jdbcUrl() + ";AUTO_SERVER=FALSE", config.user());
        }
        try (RunStore store = RunStore.open(config);
                RunRecorder recorder = store.startRun(new RunInfo(RunKind.BACKTEST, "held", null, "s", null, "d",
                        "v", 1L), new Instruments())) {
            recorder.flush();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our input
            }
        }
    }
}
