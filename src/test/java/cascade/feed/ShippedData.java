package cascade.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data that ships inside the repository (under {@code backtests/data/}), so tests that read it run in
 * every clone. Unlike {@link SharedData} it never skips: a missing shipped file fails the test.
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

    /** @return the shipped development set (relative to the project directory, where Maven runs tests) */
    public static Path developmentSet() {
        assertThat(Files.isRegularFile(DEVELOPMENT_SET))
                .as("shipped development set %s (tests run from the project directory)",
                        DEVELOPMENT_SET.toAbsolutePath())
                .isTrue();
        return DEVELOPMENT_SET;
    }
}
