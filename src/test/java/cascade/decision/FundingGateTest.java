package cascade.decision;

import cascade.strategy.FundingGateConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import org.junit.jupiter.api.Test;

class FundingGateTest {
    private static final long BAR = 4 * 3_600_000L;
    private static final long T0 = 1_735_689_600_000L;
    private static final int LONG = 1;
    private static final int SHORT = -1;
    /** z-score 3 or 0.05 % per 8 h, against 4 settlements. */
    private static final FundingGateConfig CONFIG = new FundingGateConfig(3, 0.0005, 4, 8);

    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final MarketState market = new MarketState(instruments, BAR, 64, 1000);
    private final MarketEvent e = new MarketEvent();

    /** 4 h bars, each settlement (NaN = blank) at two bar closes; returns the last close. */
    private long settlements(double... rates) {
        long close = 0;
        for (int i = 0; i < 2 * rates.length; i++) {
            long open = T0 + i * BAR;
            long px = btc.priceUnits(100_000.0);
            e.bar(btc.id(), open, open + BAR, px, px, px, px);
            double rate = rates[i / 2];
            e.fundingRate = Double.isNaN(rate) ? Fixed.UNKNOWN : Fixed.fromDouble(rate, Fixed.RATE_SCALE);
            market.onEvent(e);
            close = open + BAR;
        }
        return close;
    }

    private SymbolState btc() {
        return market.get(btc.id());
    }

    @Test
    void noNewLongIntoExtremePositiveFunding() {
        // previous 4: mean 0.00015, sd 0.00005 → 0.00035 is z = 4, though below 0.0005 absolute
        long now = settlements(0.0001, 0.0001, 0.0002, 0.0002, 0.00035);
        FundingGate gate = new FundingGate(CONFIG);

        assertThat(gate.check(btc(), now, LONG)).isEqualTo(FundingVerdict.DENIED_CROWDED_LONGS);
        assertThat(gate.check(btc(), now, SHORT)).isEqualTo(FundingVerdict.ALLOWED);
        assertThat(gate.allowsEntry(btc(), LONG)).isFalse();
        assertThat(gate.allowsEntry(btc(), SHORT)).isTrue();
        assertThat(FundingVerdict.DENIED_CROWDED_LONGS.reason())
                .isEqualTo("extreme positive funding: longs are crowded");
    }

    @Test
    void noNewShortIntoExtremeNegativeFunding() {
        long now = settlements(-0.0001, -0.0001, -0.0002, -0.0002, -0.00035);
        FundingGate gate = new FundingGate(CONFIG);

        assertThat(gate.check(btc(), now, SHORT)).isEqualTo(FundingVerdict.DENIED_CROWDED_SHORTS);
        assertThat(gate.check(btc(), now, LONG)).isEqualTo(FundingVerdict.ALLOWED);
        assertThat(gate.allowsEntry(btc(), SHORT)).isFalse();
        assertThat(gate.allowsEntry(btc(), LONG)).isTrue();
    }

    @Test
    void fundingBelowBothThresholdsAllowsBothSides() {
        long now = settlements(0.0001, 0.0001, 0.0002, 0.0002, 0.0002); // z = 1
        FundingGate gate = new FundingGate(CONFIG);

        assertThat(gate.check(btc(), now, LONG)).isEqualTo(FundingVerdict.ALLOWED);
        assertThat(gate.check(btc(), now, SHORT)).isEqualTo(FundingVerdict.ALLOWED);
    }

    @Test
    void theAbsoluteRateDeniesEvenBeforeTheHistoryExists() {
        long now = settlements(0.0006); // one settlement only: no z-score yet
        FundingGate gate = new FundingGate(CONFIG);

        assertThat(gate.check(btc(), now, LONG)).isEqualTo(FundingVerdict.DENIED_CROWDED_LONGS);
        assertThat(gate.check(btc(), now, SHORT)).isEqualTo(FundingVerdict.ALLOWED_SHORT_HISTORY);
    }

    @Test
    void theAbsoluteRateDeniesShortsIntoDeeplyNegativeFunding() {
        long now = settlements(-0.0005); // exactly at the threshold counts
        FundingGate gate = new FundingGate(CONFIG);

        assertThat(gate.check(btc(), now, SHORT)).isEqualTo(FundingVerdict.DENIED_CROWDED_SHORTS);
        assertThat(gate.check(btc(), now, LONG)).isEqualTo(FundingVerdict.ALLOWED_SHORT_HISTORY);
    }

    @Test
    void withoutFundingDataTheGateAllowsAndSaysSo() {
        long now = settlements(Double.NaN, Double.NaN);
        FundingGate gate = new FundingGate(CONFIG);

        assertThat(gate.check(btc(), now, LONG)).isEqualTo(FundingVerdict.ALLOWED_NO_DATA);
        assertThat(gate.check(btc(), now, SHORT)).isEqualTo(FundingVerdict.ALLOWED_NO_DATA);
        assertThat(gate.allowsEntry(btc(), LONG)).isTrue();
        assertThat(FundingVerdict.ALLOWED_NO_DATA.reason()).isEqualTo("no funding data");
    }

    @Test
    void aZeroThresholdSwitchesThatTestOff() {
        long now = settlements(0.0001, 0.0001, 0.0002, 0.0002, 0.00035); // z = 4, rate 0.00035
        FundingGate absoluteOnly = new FundingGate(new FundingGateConfig(0, 0.0005, 4, 8));
        FundingGate zOnly = new FundingGate(new FundingGateConfig(3, 0, 4, 8));

        assertThat(absoluteOnly.check(btc(), now, LONG)).isEqualTo(FundingVerdict.ALLOWED);
        assertThat(zOnly.check(btc(), now, LONG)).isEqualTo(FundingVerdict.DENIED_CROWDED_LONGS);
    }

    @Test
    void withTheZTestOffAShortHistoryIsNoCaveat() {
        long now = settlements(0.0004);
        FundingGate absoluteOnly = new FundingGate(new FundingGateConfig(0, 0.0005, 4, 8));

        assertThat(absoluteOnly.check(btc(), now, LONG)).isEqualTo(FundingVerdict.ALLOWED);
    }

    @Test
    void invalidSettingsAreRejectedAtConstruction() {
        assertThatThrownBy(() -> new FundingGateConfig(-1, 0.0005, 4, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FundingGateConfig(3, 0.0005, 1, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FundingGate(CONFIG).check(btc(), T0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
