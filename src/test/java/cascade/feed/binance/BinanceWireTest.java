package cascade.feed.binance;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The market-stream parser on fixtures written in Binance's wire format (our own, from the docs' shapes). */
class BinanceWireTest {
    private final Instruments instruments = new Instruments();
    private final BinanceWire wire = new BinanceWire(instruments);

    BinanceWireTest() {
        instruments.register(BinanceWire.VENUE, "ETHUSDT", 2, 3);
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = BinanceWireTest.class.getResourceAsStream("/binance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aggTradeIsATradeAtItsTradeTimeWithTheTakersSide() throws IOException {
        StreamMessage m = wire.parse(fixture("agg_trade.json"));
        assertThat(m.kind()).isEqualTo(StreamMessage.Kind.TRADE);
        assertThat(m.aggId()).isEqualTo(2837465001L);
        MarketEvent e = m.event();
        assertThat(e.type).isEqualTo(EventType.TRADE);
        assertThat(e.instrument).isZero();
        assertThat(e.timeMs).isEqualTo(1767225601118L);
        assertThat(e.price).isEqualTo(341257L);
        assertThat(e.qty).isEqualTo(1254L);
        // m=true: the buyer was the maker, so the taker sold
        assertThat(e.side).isEqualTo(Side.SELL);
    }

    @Test
    void forceOrderSellIsALongLiquidatedAtTheAveragePriceAndFilledQuantity() throws IOException {
        StreamMessage m = wire.parse(fixture("force_order.json"));
        assertThat(m.kind()).isEqualTo(StreamMessage.Kind.LIQUIDATION);
        MarketEvent e = m.event();
        assertThat(e.type).isEqualTo(EventType.LIQUIDATION);
        assertThat(e.side).isEqualTo(Side.SELL);
        assertThat(e.price).isEqualTo(340135L);
        assertThat(e.qty).isEqualTo(2500L);
        assertThat(e.timeMs).isEqualTo(1767225605402L);
    }

    @Test
    void markPriceCarriesTheFundingRateAndNextFundingTime() throws IOException {
        StreamMessage m = wire.parse(fixture("mark_price.json"));
        assertThat(m.kind()).isEqualTo(StreamMessage.Kind.MARK_PRICE);
        assertThat(m.event().type).isEqualTo(EventType.MARK_PRICE);
        assertThat(m.event().price).isEqualTo(341261L);
        assertThat(m.event().timeMs).isEqualTo(1767225602000L);
        assertThat(m.fundingRate()).isEqualTo(1_000_000L); // 0.0001 at 10^-10
        assertThat(m.fundingRate()).isEqualTo(Fixed.parse("0.0001", Fixed.RATE_SCALE));
        assertThat(m.nextFundingTimeMs()).isEqualTo(1767254400000L);
    }

    @Test
    void badAndForeignFramesAreTypedNeverThrown() {
        assertThat(wire.parse("{not json").kind()).isEqualTo(StreamMessage.Kind.BAD);
        assertThat(wire.parse("[1,2]").reason()).isEqualTo("not a JSON object");
        assertThat(wire.parse("{\"result\":null,\"id\":1}").kind()).isEqualTo(StreamMessage.Kind.RESPONSE);
        StreamMessage other = wire.parse("{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"s\":\"BTCUSDT\","
                + "\"a\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":false}}");
        assertThat(other.kind()).isEqualTo(StreamMessage.Kind.IGNORED);
        assertThat(other.reason()).isEqualTo("symbol not subscribed");
        StreamMessage noPrice = wire.parse("{\"data\":{\"e\":\"aggTrade\",\"s\":\"ETHUSDT\",\"a\":1,\"q\":\"1\",\"T\":1,"
                + "\"m\":false}}");
        assertThat(noPrice.kind()).isEqualTo(StreamMessage.Kind.BAD);
        assertThat(noPrice.reason()).isEqualTo("field 'p': missing");
        StreamMessage nan = wire.parse("{\"data\":{\"e\":\"aggTrade\",\"s\":\"ETHUSDT\",\"a\":1,\"p\":\"NaN\",\"q\":\"1\","
                + "\"T\":1,\"m\":false}}");
        assertThat(nan.kind()).isEqualTo(StreamMessage.Kind.BAD);
        assertThat(nan.reason()).startsWith("field 'p': not a finite number");
        StreamMessage badSide = wire.parse("{\"data\":{\"e\":\"forceOrder\",\"o\":{\"s\":\"ETHUSDT\",\"S\":\"UP\"}}}");
        assertThat(badSide.reason()).isEqualTo("forceOrder field 'o.S': not BUY or SELL: 'UP'");
    }

    @Test
    void restAggTradeHasTheStreamsFieldsWithoutTheSymbol() {
        var t = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("a", 7L).put("p", "3400.00")
                .put("q", "0.010").put("f", 9L).put("l", 9L).put("T", 1767225601000L).put("m", false);
        StreamMessage m = wire.restAggTrade("ETHUSDT", t);
        assertThat(m.aggId()).isEqualTo(7L);
        assertThat(m.event().side).isEqualTo(Side.BUY);
        assertThat(m.event().price).isEqualTo(340000L);
        assertThat(m.event().qty).isEqualTo(10L);
    }
}
