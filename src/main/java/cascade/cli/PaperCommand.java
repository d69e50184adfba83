package cascade.cli;

import cascade.config.AppConfig;
import cascade.config.Span;
import cascade.report.BacktestResult;
import cascade.report.ReportFiles;
import cascade.report.ReportWriter;
import cascade.report.SummaryPrinter;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.run.PaperRunner;
import cascade.sim.DefaultSymbols;
import cascade.sim.SymbolSpec;
import cascade.store.RunStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade paper}: the engine on live Binance market data, trading on the simulated venue. */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = {"Paper trading: the backtest engine on live Binance USDⓈ-M market data with the simulated "
            + "venue (the spec's fees, slippage, impact, latency, funding). Everything received is journaled; "
            + "'cascade backtest SPEC --data JOURNAL --strategy FILE' replays it to the same trades.",
            "Ctrl-C (or --duration) stops: the journal and the store are flushed and a summary printed."})
public final class PaperCommand implements Callable<Integer> {
    @Option(names = "--venue", defaultValue = "binance", paramLabel = "NAME", description = "Only 'binance' "
            + "(USDⓈ-M) for now.")
    String venue;

    @Option(names = "--symbols", split = ",", paramLabel = "A,B,…", description = "Symbols (default: the "
            + "simulator's 21).")
    List<String> symbols;

    @Option(names = "--spec", paramLabel = "FILE", description = "Backtest spec for the venue's costs, balance "
            + "and clock step; its data is not read (default: backtests/simulated-21.yml).")
    Path spec;

    @Option(names = "--strategy", paramLabel = "FILE", description = "Strategy profile (default: the spec's).")
    Path strategy;

    @Option(names = "--endpoint", paramLabel = "URL", description = "REST and WebSocket host, e.g. "
            + "http://127.0.0.1:9090 for a fake exchange (WebSocket scheme derived; default: Binance).")
    URI endpoint;

    @Option(names = "--status-port", defaultValue = "8080", paramLabel = "N", description = "Status page on "
            + "127.0.0.1 (0 any free port, -1 none; default: ${DEFAULT-VALUE}).")
    int statusPort;

    @Option(names = "--duration", paramLabel = "SPAN", description = "Stop after this much wall time "
            + "(default: until Ctrl-C).")
    String duration;

    @Option(names = "--journal", paramLabel = "FILE", description = "Journal (default: runs/paper-<time>.casc).")
    Path journal;

    @Option(names = "--learn", description = "Learn card weights as the session goes (the weight tuner); the "
            + "journal replayed with 'backtest --learn' (and the same --weights-from) learns the same weights.")
    boolean learn;

    @Option(names = "--weights-from", paramLabel = "RUN", description = "Start from the weights a stored run "
            + "learned or had promoted (see cascade weights); with --learn keep learning from them.")
    Long weightsFrom;

    @Option(names = "--no-store", description = "Do not record the session in the run store.")
    boolean noStore;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::paper);
    }

    private int paper() throws Exception {
        if (!"binance".equals(venue)) {
            throw new IllegalArgumentException("--venue: only 'binance' is supported, was '" + venue + "'");
        }
        BacktestSpec s = BacktestSpecLoader.load(spec != null ? spec : CascadeCli.shipped("backtests/simulated-21.yml"));
        Path strategyFile = strategy != null ? strategy : s.strategy();
        List<String> wanted = symbols != null
                ? symbols.stream().map(x -> x.trim().toUpperCase(Locale.ROOT)).filter(x -> !x.isEmpty()).toList()
                : DefaultSymbols.first(DefaultSymbols.NAMED).stream().map(SymbolSpec::symbol).toList();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("--symbols: no symbol given");
        }
        URI rest = endpoint != null ? endpoint : URI.create("https://fapi.binance.com");
        URI ws = endpoint != null ? URI.create(endpoint.toString().replaceFirst("^http", "ws"))
                : URI.create("wss://fstream.binance.com");
        if (endpoint != null && !Arrays.asList("http", "https").contains(endpoint.getScheme())) {
            throw new IllegalArgumentException("--endpoint must be http:// or https://, was " + endpoint);
        }
        // the charts are written after a Ctrl-C too, while the JVM shuts down: no ImageIO temp files then
        javax.imageio.ImageIO.setUseCache(false);
        long stopAfterMs = duration == null ? Long.MAX_VALUE : Span.parse(duration).resolve(0);
        Path journalFile = journal != null ? journal
                : Path.of("runs", "paper-" + System.currentTimeMillis() + ".casc");
        if (journalFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(journalFile.toAbsolutePath().getParent());
        }
        AppConfig app = CascadeCli.appConfig();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                done.await(30, TimeUnit.SECONDS); // let the session flush its journal and store before the JVM ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            BacktestResult result;
            cascade.learn.WeightSet start = null;
            if (weightsFrom != null) {
                try (RunStore stored = RunStore.open(app.store())) {
                    start = cascade.run.StoredWeights.load(stored, weightsFrom,
                            cascade.strategy.StrategyLoader.load(strategyFile));
                }
            }
            cascade.learn.WeightLearner learner = learn || start != null
                    ? new cascade.learn.WeightLearner(cascade.learn.LearnConfig.DEFAULT, learn, start) : null;
            try (RunStore store = noStore ? null : RunStore.open(closedByUs(app.store()));
                    PaperRunner runner = new PaperRunner(new PaperRunner.Options(s, strategyFile, wanted, rest, ws,
                            journalFile, store, statusPort, CodeVersion.get(), 10_000, learner))) {
                try {
                    runner.start();
                } catch (cascade.feed.binance.BinanceRestException e) {
                    throw new java.io.IOException("the exchange refused: " + e.getMessage(), e);
                }
                System.out.printf("paper: %d symbols from %s, journal %s%s%n", wanted.size(), rest, journalFile,
                        runner.statusPort() > 0 ? ", status http://127.0.0.1:" + runner.statusPort() + "/" : "");
                stop.await(Math.min(stopAfterMs, Long.MAX_VALUE / 2), TimeUnit.MILLISECONDS);
                result = runner.stop();
            }
            Path dir = s.outDir().resolve("paper-" + result.runId());
            ReportFiles files = ReportWriter.write(result, dir);
            SummaryPrinter.print(result, files.metrics(), System.out);
            System.out.printf("%nJournal: %s (replay: cascade backtest %s --data %s --strategy %s)%nReport: %s%n",
                    journalFile, spec != null ? spec : "backtests/simulated-21.yml", journalFile, strategyFile,
                    files.html());
        } finally {
            done.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        return 0;
    }

    /**
     * H2 closes its database in its own shutdown hook; a session stopped by a signal still has its last records
     * to write then, so the paper session's store is closed by the session itself.
     */
    private static cascade.config.StoreConfig closedByUs(cascade.config.StoreConfig c) {
        return c.jdbcUrl().toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT") ? c
                : new cascade.config.StoreConfig(c.jdbcUrl() + ";DB_CLOSE_ON_EXIT=FALSE", c.user());
    }
}
