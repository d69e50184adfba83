package cascade.state;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import org.junit.jupiter.api.Test;

class MarketStateTest {
    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final MarketState market = new MarketState(instruments, 10_000, 10, 10);
    private final MarketEvent e = new MarketEvent();

    @Test
    void unknownOpenInterestAndFundingAreNoDataNotNumbers() {
        market.onEvent(e.openInterest(btc.id(), 1_000, Fixed.UNKNOWN));
        market.onEvent(e.funding(btc.id(), 2_000, Fixed.UNKNOWN, 2_000));

        assertThat(market.get(btc.id()).openInterest.isEmpty()).isTrue();
        assertThat(market.get(btc.id()).funding.isEmpty()).isTrue();
    }

    @Test
    void knownValuesAreKeptInTheirUnits() {
        market.onEvent(e.openInterest(btc.id(), 1_000, 86_852_5200L)); // 86 852.52 BTC at OI_SCALE 4
        market.onEvent(e.funding(btc.id(), 2_000, 1_000_000L, 2_000)); // 0.0001 at RATE_SCALE 10

        assertThat(market.get(btc.id()).openInterest.latest()).isEqualTo(86_852.52);
        assertThat(market.get(btc.id()).funding.latest()).isEqualTo(0.0001);
    }
}
