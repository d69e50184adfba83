package cascade.execution.sim;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.MarketEvent;

/**
 * Pays and receives funding on the position held at each funding time:
 * amount = −position × mark × rate (longs pay a positive rate), exact integer arithmetic rounded once to USD
 * micros, half away from zero.
 * Event data settles on a FUNDING event once its funding time has come (predicted rates and repeats are
 * ignored) at the latest mark. Bar data settles every multiple T of the funding interval with
 * barOpen &lt; T &lt;= barClose, at the bar's close, with the bar's last settled rate, on the position after the
 * bar's fills. Every funding time is counted; those whose rate is unknown pay nothing and are counted apart, so
 * a report can say "funding unknown for N of M funding times".
 */
final class FundingSettler {
    private final long intervalMs;
    private final Account account;
    private final VenueEventQueue events;
    private int fundingTimes;
    private int unknownRates;

    FundingSettler(long intervalMs, Account account, VenueEventQueue events) {
        this.intervalMs = intervalMs;
        this.account = account;
        this.events = events;
    }

    void onFundingEvent(InstrumentBook book, MarketEvent funding) {
        if (funding.timeMs < funding.fundingTimeMs || funding.fundingTimeMs <= book.lastFundingTimeMs) {
            return;
        }
        settle(book, funding.fundingTimeMs, funding.fundingRate, book.referenceMark());
    }

    void onBar(InstrumentBook book, MarketEvent bar) {
        long first = (Math.floorDiv(bar.barOpenTimeMs, intervalMs) + 1) * intervalMs;
        for (long time = first; time <= bar.timeMs; time += intervalMs) {
            if (time > book.lastFundingTimeMs) {
                settle(book, time, bar.fundingRate, bar.close());
            }
        }
    }

    /** Funding times passed, over all instruments, whether a position was held or not. */
    int fundingTimes() {
        return fundingTimes;
    }

    /** Funding times whose rate was unknown: nothing was paid for them. */
    int unknownRates() {
        return unknownRates;
    }

    private void settle(InstrumentBook book, long fundingTimeMs, long rate, long markPrice) {
        book.lastFundingTimeMs = fundingTimeMs;
        fundingTimes++;
        if (rate == Fixed.UNKNOWN) {
            unknownRates++;
            return;
        }
        long qty = book.position.qty();
        if (qty == 0) {
            return;
        }
        Instrument instrument = book.instrument;
        long amount = amountUsd(qty, markPrice, rate, instrument);
        account.applyFunding(amount);
        events.funding(instrument.id(), fundingTimeMs, qty, markPrice, rate, amount);
    }

    /**
     * −qty × mark × rate in USD micros, exact (a 192-bit product, no allocation), rounded half away from zero.
     *
     * @param rate in {@link Fixed#RATE_SCALE} units
     */
    static long amountUsd(long qty, long markPrice, long rate, Instrument instrument) {
        int exponent = instrument.qtyScale() + instrument.priceScale() + Fixed.RATE_SCALE - Fixed.USD_SCALE;
        return -Fixed.multiplyDividePow10(qty, markPrice, rate, exponent);
    }
}
