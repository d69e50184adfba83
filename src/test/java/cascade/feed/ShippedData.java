package cascade.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data that ships inside the repository (the development set under {@code backtests/data/}, the
 * forceOrder parser fixtures under {@code src/test/resources/forceorder/}), so tests that read it run in every
 * clone, with no {@code ../shared} beside it. A missing shipped file fails the test; it never skips.
 */
public final class ShippedData {
    /**
     * The development set (Binance BTCUSDT 4 h, 2024-11-13 → 2025-11-14, 2195 bars), copied unchanged from
     * {@code ../shared/data/bars/} with its provenance note ({@code backtests/data/README.md}).
     */
    public static final Path DEVELOPMENT_SET = Path.of("backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv");
    /** SHA-256 of {@code ../shared/data/bars/BTCUSDT-4h-2024-11-13_2025-11-14.csv}, the published development set. */
    public static final String DEVELOPMENT_SET_SHA256 =
            "aa8db1e097d9702fe7e23e4ab8bf8480a8099d44b1662e6ca0fa72e63b58fda3";

    private ShippedData() {
    }

    /** The raw Binance forceOrder recordings, copied unchanged from {@code ../shared/data/forceorder/}. */
    public static final Path FORCE_ORDER_FIXTURES = Path.of("src/test/resources/forceorder");

    /** @return a shipped forceOrder fixture by file name */
    public static Path forceOrderFixture(String name) {
        Path path = FORCE_ORDER_FIXTURES.resolve(name);
        assertThat(Files.isRegularFile(path)).as("shipped forceOrder fixture %s", path.toAbsolutePath()).isTrue();
        return path;
    }

    /** @return the shipped development set (relative to the project directory, where Maven runs tests) */
    public static Path developmentSet() {
        assertThat(Files.isRegularFile(DEVELOPMENT_SET))
                .as("shipped development set %s (tests run from the project directory)",
                        DEVELOPMENT_SET.toAbsolutePath())
                .isTrue();
        return DEVELOPMENT_SET;
    }
}
