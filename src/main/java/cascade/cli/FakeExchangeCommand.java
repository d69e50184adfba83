package cascade.cli;

import cascade.config.Span;
import cascade.fake.FakeExchange;
import cascade.feed.recording.RecordingReader;
import cascade.run.BacktestSpecLoader;
import cascade.sim.SimConfig;
import cascade.sim.SimulatedMarket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade fake-exchange}: Binance USDⓈ-M market data on 127.0.0.1 from a recording or the simulator. */
@Command(name = "fake-exchange", mixinStandardHelpOptions = true,
        description = {"Serve Binance USDⓈ-M market data on 127.0.0.1 in Binance's wire format, replaying a "
            + "recording or the simulator at --speed× from the first /market/stream connection.",
            "REST: /fapi/v1/ping, /fapi/v1/time, /fapi/v1/exchangeInfo, /fapi/v1/openInterest, /fapi/v1/aggTrades. "
                + "WebSocket: /market/stream?streams=… (SUBSCRIBE too); the legacy /stream and /ws accept and "
                + "send nothing, as Binance does since 2026-04-23.",
            "Faults at run time: POST /_fake/drop (close every market connection), "
                + "POST /_fake/silence?on=true|false[&symbol=S] (stop or resume frames, of one symbol with symbol), "
                + "POST /_fake/skip?symbol=S&n=N (withhold N aggTrades from the stream; REST keeps them), "
                + "POST /_fake/ratelimit?n=N&retryAfter=S (the next N REST calls answer 429 with Retry-After)."})
public final class FakeExchangeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9090", paramLabel = "P", description = "Port on 127.0.0.1, 0 any free "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--data", paramLabel = "RECORDING", description = "A .casc recording to replay.")
        Path data;

        @Option(names = "--simulate", description = "Replay the market simulator.")
        boolean simulate;
    }

    @Option(names = "--symbols", defaultValue = "3", paramLabel = "N", description = "Simulated symbols, 1–21 "
            + "(default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Simulator seed "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--duration", defaultValue = "24h", paramLabel = "SPAN", description = "Simulated time "
            + "(default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--trade-sampling", defaultValue = "0.05", paramLabel = "X", description = "Share of the "
            + "simulator's prints sent, volume kept (default: ${DEFAULT-VALUE}).")
    double tradeSampling;

    @Option(names = "--start", paramLabel = "T", description = "Simulation start (default 2025-01-01T00:00:00Z).")
    String start;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "X", description = "Replay speed, × real time "
            + "(default: ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::serve);
    }

    private int serve() throws Exception {
        FakeExchange.SourceFactory factory;
        if (source.data != null) {
            if (!Files.exists(source.data)) {
                throw new NoSuchFileException(source.data.toString());
            }
            factory = into -> new RecordingReader(source.data, into);
        } else {
            if (symbols < 1 || symbols > 21) {
                throw new IllegalArgumentException("--symbols must be 1 to 21, was " + symbols);
            }
            SimConfig c = SimConfig.defaults(seed).withSymbolCount(symbols)
                    .withDuration(Span.parse(duration).resolve(0)).withEventDetail(tradeSampling, 1000, 5000);
            SimConfig config = start == null ? c : c.withStart(BacktestSpecLoader.parseTime(start));
            factory = into -> new SimulatedMarket(config, into);
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (FakeExchange fake = new FakeExchange(factory, speed)) {
            int bound = fake.start(port);
            System.out.printf("fake exchange on http://127.0.0.1:%d (ws://127.0.0.1:%d/market/stream), %s× speed; "
                    + "Ctrl-C stops%n", bound, bound, speed);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
