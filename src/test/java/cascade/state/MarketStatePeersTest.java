package cascade.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.market.Instruments;
import org.junit.jupiter.api.Test;

class MarketStatePeersTest {
    private final Instruments instruments = new Instruments();
    private final int binanceBtc = instruments.register("binance", "BTCUSDT", 2, 3).id();
    private final int binanceEth = instruments.register("binance", "ETHUSDT", 2, 3).id();
    private final int bybitBtc = instruments.register("bybit", "BTCUSDT", 2, 3).id();
    private final int okxBtc = instruments.register("okx", "BTCUSDT", 2, 3).id();
    private final int bybitEth = instruments.register("bybit", "ETHUSDT", 2, 3).id();
    private final MarketState market = new MarketState(instruments, 10_000, 10, 10);

    @Test
    void theSameSymbolOnOtherVenuesArePeers() {
        market.get(bybitEth);

        assertThat(market.get(binanceBtc).peers()).containsExactly(market.get(bybitBtc), market.get(okxBtc));
        assertThat(market.get(okxBtc).peers()).containsExactly(market.get(binanceBtc), market.get(bybitBtc));
        assertThat(market.get(binanceEth).peers()).containsExactly(market.get(bybitEth));
    }

    @Test
    void aStateCreatedLaterIsLinkedBothWays() {
        SymbolState first = market.get(binanceBtc);
        assertThat(first.peers()).isEmpty();

        SymbolState later = market.get(bybitBtc);

        assertThat(first.peers()).containsExactly(later);
        assertThat(later.peers()).containsExactly(first);
    }

    @Test
    void cardsCannotChangeThePeers() {
        SymbolState s = market.get(okxBtc);

        assertThatThrownBy(() -> s.peers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
