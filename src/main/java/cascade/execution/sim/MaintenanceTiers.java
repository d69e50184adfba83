package cascade.execution.sim;

import cascade.market.Fixed;
import cascade.market.Instrument;
import java.util.ArrayList;
import java.util.List;

/**
 * Maintenance-margin tiers ("leverage brackets"): the position's notional picks a bracket, whose rate and
 * maintenance amount give the maintenance margin {@code notional × rate − amount}. The amount of each bracket
 * is derived the way Binance derives its "cum" column, so that the maintenance margin is continuous across
 * bracket boundaries: {@code amount(k) = amount(k−1) + floor(k) × (rate(k) − rate(k−1))}, amount(1) = 0.
 * <p>
 * Our own isolated position is liquidated when its remaining margin (initial margin + unrealised PnL) has
 * fallen to the maintenance margin of its entry notional (the bracket of |qty| × entry price):
 * <pre>
 *   long  liq = entry × (1 − 1/leverage + rate) − amount / |qty|
 *   short liq = entry × (1 + 1/leverage − rate) + amount / |qty|
 * </pre>
 * (the rate part rounded to the nearest price unit by {@link SimPosition#liquidationPrice}, the amount part
 * rounded to the nearest price unit on its own). Binance evaluates the maintenance margin at the mark price
 * rather than at entry, i.e. divides by (1 ∓ rate): for 10× long at 50 000 in the first bracket Binance gives
 * 45 180.72, this model 45 200.00, a difference below rate / leverage of the price.
 *
 * @param floorsUsd lower notional bound of each bracket, USD micros, ascending, the first 0
 * @param rates maintenance margin rate of each bracket, not decreasing: the first in [0, 0.5), the others in
 *        [0, 0.5]
 */
public record MaintenanceTiers(long[] floorsUsd, double[] rates) {

    /**
     * Binance USDⓈ-M leverage brackets of BTCUSDT (the bracket table Binance publishes for the contract,
     * {@code GET /fapi/v1/leverageBracket}; notional floor in USD → maintenance margin rate, maintenance
     * amount): 0 → 0.40 %, 0; 50 000 → 0.50 %, 50; 600 000 → 0.65 %, 950; 3 000 000 → 1.00 %, 11 450;
     * 12 000 000 → 2.00 %, 131 450; 70 000 000 → 2.50 %, 481 450; 100 000 000 → 5.00 %, 2 981 450;
     * 230 000 000 → 10.0 %, 14 481 450; 480 000 000 → 12.5 %, 26 481 450; 600 000 000 → 15.0 %, 41 481 450;
     * 800 000 000 → 25.0 %, 121 481 450; 1 200 000 000 → 50.0 %, 421 481 450. Used for every instrument:
     * the simulated symbols have no tables of their own.
     */
    public static final MaintenanceTiers BINANCE_BTCUSDT = new MaintenanceTiers(
            usd(0, 50_000, 600_000, 3_000_000, 12_000_000, 70_000_000, 100_000_000, 230_000_000, 480_000_000,
                    600_000_000, 800_000_000, 1_200_000_000),
            new double[] {0.004, 0.005, 0.0065, 0.01, 0.02, 0.025, 0.05, 0.10, 0.125, 0.15, 0.25, 0.50});

    private static final double MAX_RATE = 0.5;

    public MaintenanceTiers {
        if (floorsUsd == null || rates == null || floorsUsd.length == 0 || floorsUsd.length != rates.length) {
            throw new IllegalArgumentException("venue.maintenanceTiers needs as many notional floors as rates, at "
                    + "least one");
        }
        floorsUsd = floorsUsd.clone();
        rates = rates.clone();
        for (int i = 0; i < rates.length; i++) {
            if (!(rates[i] >= 0 && (rates[i] < MAX_RATE || i > 0 && rates[i] == MAX_RATE))) {
                throw new IllegalArgumentException(i == 0
                        ? "venue.maintenanceMarginRate must be a fraction in [0, 0.5), was " + rates[i]
                        : "venue.maintenanceTiers: bracket " + (i + 1) + " rate must be in [0, 0.5], was " + rates[i]);
            }
            if (i == 0 ? floorsUsd[0] != 0 : floorsUsd[i] <= floorsUsd[i - 1] || rates[i] < rates[i - 1]) {
                throw new IllegalArgumentException("venue.maintenanceTiers: floors must start at 0 and ascend, "
                        + "rates must not decrease (bracket " + (i + 1) + ")");
            }
        }
    }

    /** One rate for every notional (no maintenance amount): the model before tiers. */
    public static MaintenanceTiers flat(double rate) {
        return new MaintenanceTiers(new long[] {0}, new double[] {rate});
    }

    /** Number of brackets. */
    public int size() {
        return rates.length;
    }

    /** Rate of the first bracket: the one a small position gets, and the bound for the leverage check. */
    public double firstRate() {
        return rates[0];
    }

    /** Index of the bracket a notional (USD micros) falls into: the last one whose floor is at or below it. */
    public int bracket(long notionalUsd) {
        int k = 0;
        while (k + 1 < floorsUsd.length && notionalUsd >= floorsUsd[k + 1]) {
            k++;
        }
        return k;
    }

    public double rate(int bracket) {
        return rates[bracket];
    }

    /** Maintenance amount of a bracket in USD micros (derived for continuity, see the class comment). */
    public long amountUsd(int bracket) {
        double amount = 0;
        for (int k = 1; k <= bracket; k++) {
            amount += floorsUsd[k] * (rates[k] - rates[k - 1]);
        }
        return Math.round(amount);
    }

    /** Maintenance margin of a position of this notional, USD micros: notional × rate − amount. */
    public long maintenanceUsd(long notionalUsd) {
        int k = bracket(notionalUsd);
        return Math.round(notionalUsd * rates[k]) - amountUsd(k);
    }

    /** Liquidation price of an isolated position (signed qty ≠ 0) opened at {@code leverage}; see the class comment. */
    long liquidationPrice(long entryPrice, long qty, int leverage, Instrument instrument) {
        long abs = Math.abs(qty);
        int k = bracket(Fixed.notionalUsd(abs, entryPrice, instrument));
        long price = SimPosition.liquidationPrice(entryPrice, qty > 0, leverage, rates[k]);
        long amount = amountUsd(k);
        if (amount == 0) {
            return price;
        }
        long perUnit = instrument.priceUnits(Fixed.usd(amount) / instrument.qty(abs));
        return qty > 0 ? price - perUnit : price + perUnit;
    }

    private static long[] usd(long... whole) {
        long[] micros = new long[whole.length];
        for (int i = 0; i < whole.length; i++) {
            micros[i] = whole[i] * 1_000_000L;
        }
        return micros;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaintenanceTiers t && java.util.Arrays.equals(floorsUsd, t.floorsUsd)
                && java.util.Arrays.equals(rates, t.rates);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(floorsUsd) + java.util.Arrays.hashCode(rates);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            parts.add(Fixed.usd(floorsUsd[i]) + "→" + rates[i]);
        }
        return "MaintenanceTiers" + parts;
    }
}
