package cascade.report;

import cascade.model.Trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TradesCsvTest {
    @Test
    void headerThenOneLinePerTradeInOrder() {
        assertThat(TradesCsv.render(SampleRun.fourTrades())).isEqualTo("""
                symbol,mode,direction,entry_time_ms,entry_price,exit_time_ms,exit_price,qty,gross_pnl_usd,fees_usd,\
                funding_usd,net_pnl_usd,entry_reason,exit_reason
                BTCUSDT,swing,LONG,1714579200000,100,1725091200000,116,2,32,2,0,30,capitulation <X>,stop
                BTCUSDT,swing,SHORT,1714579200000,50,1725091200000,58,1,-8,1,-1,-10,pressure,stop
                BTCUSDT,swing,LONG,1714579200000,200,1725091200000,242,0.5,21,1,0,20,flip,stop
                BTCUSDT,swing,SHORT,1714579200000,100,1725091200000,119,1,-19,1,0,-20,pressure,stop
                """);
    }

    @Test
    void noTradesIsJustTheHeader() {
        assertThat(TradesCsv.render(List.of())).isEqualTo(Trade.CSV_HEADER + "\n");
    }
}
