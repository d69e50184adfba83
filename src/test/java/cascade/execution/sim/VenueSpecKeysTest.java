package cascade.execution.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.config.ConfigException;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The venue keys of a backtest spec for impact, maintenance brackets, the clearance fee and the queue haircut. */
class VenueSpecKeysTest {
    @TempDir
    Path dir;

    private BacktestSpec load(String venue) throws IOException {
        Path file = dir.resolve("spec.yml");
        Files.writeString(file, "name: t\ndata: [x.csv]\nstrategy: s.yml\nvenue:\n" + venue);
        return BacktestSpecLoader.load(file);
    }

    private void rejects(String venue, String message) throws IOException {
        Path file = dir.resolve("spec.yml");
        assertThatThrownBy(() -> load(venue)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void withoutTheKeysImpactIsOffAndBinanceBracketsAndFeeApply() throws IOException {
        BacktestSpec.VenueCosts c = load("  makerFee: 0.0002\n").venue();

        assertThat(c.impactBps()).isZero();
        assertThat(c.impactModel()).isEqualTo(ImpactModel.Shape.SQRT);
        assertThat(c.maintenance()).isEqualTo(MaintenanceTiers.BINANCE_BTCUSDT);
        assertThat(c.liquidationFee()).isEqualTo(0.0125);
        assertThat(c.limitFillShare()).isEqualTo(1.0);
    }

    @Test
    void theKeysAreRead() throws IOException {
        BacktestSpec.VenueCosts c = load("""
                  impactBps: 12.5
                  impactModel: linear
                  maintenanceMargin: 0.004
                  liquidationFee: 0.01
                  limitFillShare: 0.25
                """).venue();

        assertThat(c.impactBps()).isEqualTo(12.5);
        assertThat(c.impactModel()).isEqualTo(ImpactModel.Shape.LINEAR);
        assertThat(c.maintenance()).isEqualTo(MaintenanceTiers.flat(0.004));
        assertThat(c.liquidationFee()).isEqualTo(0.01);
        assertThat(c.limitFillShare()).isEqualTo(0.25);
        assertThat(load("  maintenanceMargin: binance-btcusdt\n").venue().maintenance())
                .isEqualTo(MaintenanceTiers.BINANCE_BTCUSDT);
    }

    @Test
    void badValuesNameTheKeyAndTheRange() throws IOException {
        rejects("  impactBps: 2000\n", "venue.impactBps: must be in [0, 1000], was 2000");
        rejects("  impactBps: -1\n", "venue.impactBps: must be in [0, 1000], was -1");
        rejects("  impactModel: cubic\n", "venue.impactModel: must be sqrt or linear, was 'cubic'");
        rejects("  liquidationFee: 0.2\n", "venue.liquidationFee: must be in [0, 0.05], was 0.2");
        rejects("  limitFillShare: 0\n", "venue.limitFillShare: must be in [0.01, 1], was 0");
        rejects("  maintenanceMargin: 0.5\n",
                "venue.maintenanceMargin: must be a rate in [0, 0.5) or binance-btcusdt, was '0.5'");
        rejects("  maintenanceMargin: tiers\n",
                "venue.maintenanceMargin: must be a rate in [0, 0.5) or binance-btcusdt, was 'tiers'");
    }
}
