package cascade.map;

import java.util.Arrays;

/**
 * The estimated liquidation map of one symbol (a "liquidation heatmap"): at which prices the positions
 * opened since the map started would be force-closed, in USD per price bucket.
 * <p>
 * <b>Levels appear</b> when open interest (OI) rises: the rise is new positions. Its USD value
 * ({@link OiUnit}: ΔOI × price when OI is counted in coins, ΔOI when in USD) is split into longs and shorts
 * by the taker flow of the trades since the previous OI observation (every new contract has a buyer and a
 * seller; the aggressor is the one who wanted in: taker buys while OI rises open longs), entered at those
 * trades' volume-weighted price, and spread over the {@link LeverageTiers}: a long at leverage L is
 * liquidated at entry·(1 − 1/L + mmr), a short at entry·(1 + 1/L − mmr). Bars have no trades: their range
 * stands in (see {@link #onBar(long, double, double, double, double, double, double, double)}).
 * <p>
 * <b>Levels go</b> when the price reaches them (each trade or mark price; for a bar its low and high):
 * those positions were liquidated. A fall of OI beyond what the interval's forced orders explain is
 * voluntary closing, taken from the side the taker flow says was closing (see {@link #onOpenInterest}).
 * With a half-life set, levels also fade with age (positions are closed and re-opened without liquidation).
 * <p>
 * <b>Resolution:</b> USD is kept in price buckets {@code bucketFraction} of the first price wide, one
 * centred on that price, in a fixed ring reaching twice the farthest tier's distance on each side; levels
 * are placed in the bucket holding their price. A bucket counts as crossed as soon as the price
 * enters it. The ring follows the price by whole buckets (exact); once the price has drifted so far that
 * a bucket is more than √2 off the wanted width, the map is re-gridded at the current price (a level
 * moves by at most half a bucket). Levels falling off the ring are dropped. Nothing is allocated after
 * construction except by {@link #topClusters}.
 */
public final class LiquidationMap {
    private static final double DRIFT = Math.sqrt(2);
    /** Points along a bar's path at which its open-interest rise is entered. */
    public static final int BAR_PATH_POINTS = 12;
    /** Half-life of the recent volatility that {@link MapConfig#volAdaptation} compares with the long run. */
    public static final int VOL_HALF_LIFE_MIN = 30;
    /** The recent/long-run volatility ratio is clamped to [1/this, this]. */
    public static final double VOL_RATIO_LIMIT = 4;

    private final MapConfig config;
    private final LeverageTiers tiers;
    private final PriceLadder ladder;
    private double lastPrice = Double.NaN;
    private double lastOi = Double.NaN;
    private long lastOiTimeMs;
    private long oiSamples;
    /** The interval since the last open-interest observation: taker flow, traded price·USD, forced orders. */
    private double takerBuyUsd;
    private double takerSellUsd;
    private double tradedPriceUsd;
    private double liquidatedLongUsd;
    private double liquidatedShortUsd;
    /** The bar being applied (NaN outside {@link #onBar}): its path stands in for the trades. */
    private double barOpen = Double.NaN;
    private double barLow;
    private double barHigh;
    /** Realised variance per ms of the price at OI observations: recent (EWMA) and since the start. */
    private double recentVariance = Double.NaN;
    private double totalSquares;
    private long totalMs;
    private double lastVolPrice = Double.NaN;
    private long lastVolTimeMs;

    public LiquidationMap(MapConfig config) {
        this.config = config;
        this.tiers = config.tiers();
        this.ladder = new PriceLadder(config.buckets());
    }

    public MapConfig config() {
        return config;
    }

    /** A trade or mark price: every level the price has reached is liquidated. NaN or non-positive is ignored. */
    public void onPrice(double price) {
        if (!isPrice(price)) {
            return;
        }
        placeOnce(price);
        lastPrice = price;
        long k = ladder.index(price);
        ladder.clearLongsFrom(k);
        ladder.clearShortsTo(k);
    }

    /**
     * A trade: its price crosses levels as {@link #onPrice} does, and its USD value, aggressor side and price
     * are counted towards the interval up to the next open-interest observation: who opened (or closed) the
     * OI change and at what volume-weighted price.
     *
     * @param buyerTaker true when the buyer was the aggressor (a taker buy)
     */
    public void onTrade(double price, double usd, boolean buyerTaker) {
        onPrice(price);
        if (!isPrice(price) || !(usd > 0) || Double.isInfinite(usd)) {
            return;
        }
        if (buyerTaker) {
            takerBuyUsd += usd;
        } else {
            takerSellUsd += usd;
        }
        tradedPriceUsd += price * usd;
    }

    /** A forced order of {@code usd}: liquidated positions the interval's open-interest fall already accounts for. */
    public void onLiquidation(boolean longLiquidated, double usd) {
        if (usd > 0 && usd < Double.POSITIVE_INFINITY) {
            if (longLiquidated) {
                liquidatedLongUsd += usd;
            } else {
                liquidatedShortUsd += usd;
            }
        }
    }

    /**
     * A closed bar: its low and high liquidated the levels they reached, then the close and the open
     * interest at the close (NaN when unknown) update the map; the bar's opening price is unknown, so the
     * new positions are entered along close → low → high → close by the rule of {@link #onBar(long, double,
     * double, double, double, double, double, double)}.
     */
    public void onBar(long closeTimeMs, double low, double high, double close, double openInterest) {
        onBar(closeTimeMs, close, low, high, close, openInterest, 0, 0);
    }

    /**
     * A closed bar. Bars carry no trades, so the bar's range stands in for them (the <b>bar model</b>): the
     * price is taken to have run open → the nearer extreme → the other extreme → close in straight lines,
     * and positions opened during the bar to have been opened evenly along that path, so the bar's OI rise
     * is entered at {@value #BAR_PATH_POINTS} points spaced evenly along the path's length, half long, half
     * short (no aggressor side in a bar). The low and high first liquidate the levels they reached; the
     * bar's liquidated USD counts as in {@link #onLiquidation}.
     */
    public void onBar(long closeTimeMs, double open, double low, double high, double close, double openInterest,
            double liquidatedLong, double liquidatedShort) {
        if (ladder.isPlaced() && isPrice(low) && isPrice(high) && high >= low) {
            ladder.clearLongsFrom(ladder.index(low));
            ladder.clearShortsTo(ladder.index(high));
        }
        onPrice(close);
        onLiquidation(true, liquidatedLong);
        onLiquidation(false, liquidatedShort);
        boolean path = isPrice(open) && isPrice(low) && isPrice(high) && low <= Math.min(open, close)
                && high >= Math.max(open, close);
        if (path) {
            barOpen = open;
            barLow = low;
            barHigh = high;
        }
        onOpenInterest(closeTimeMs, openInterest, close);
        barOpen = Double.NaN;
    }

    /**
     * An open-interest observation (in the source's unit) at {@code price}. The first one is the baseline:
     * where the positions already open were entered is unknown.
     * <ul>
     * <li>A <b>rise</b> is new positions, entered at the volume-weighted price of the trades since the last
     *     observation (the price when there were none), split into longs and shorts by the taker flow of
     *     those trades: long share = ½ + {@code takerSplit}·(taker-buy share − ½) (a taker buy that opens
     *     interest is a new long; ½ without trades).</li>
     * <li>A <b>fall</b> is positions closed. The part the interval's forced orders explain was liquidated,
     *     and its levels went as the price crossed them; the rest closed voluntarily, longs by selling and
     *     shorts by buying, so it is taken from each side in proportion ½ + {@code takerSplit}·(taker-sell
     *     share − ½) for longs: each side's levels shrink by the USD it closed over its assumed half of the
     *     open interest (with an even split every level shrinks by new/old).</li>
     * </ul>
     * Levels also fade with age (the half-life). NaN or negative (unknown) is ignored; a rise while no price is
     * known only moves the baseline.
     */
    public void onOpenInterest(long timeMs, double openInterest, double price) {
        if (!(openInterest >= 0) || Double.isInfinite(openInterest)) {
            return;
        }
        oiSamples++;
        observeVolatility(timeMs, price);
        if (Double.isNaN(lastOi)) {
            lastOi = openInterest;
            lastOiTimeMs = timeMs;
            resetInterval();
            return;
        }
        age(timeMs);
        double traded = takerBuyUsd + takerSellUsd;
        double buyShare = traded > 0 ? takerBuyUsd / traded : 0.5;
        double split = config.takerSplit();
        if (openInterest < lastOi && lastOi > 0 && isPrice(price)) {
            double closedUsd = config.oiUnit().usd(lastOi - openInterest, price);
            double voluntary = Math.max(0, closedUsd - liquidatedLongUsd - liquidatedShortUsd);
            double half = config.oiUnit().usd(lastOi, price) / 2;
            double longsClosed = voluntary * (0.5 + split * (0.5 - buyShare));
            double shortsClosed = voluntary - longsClosed;
            ladder.scaleSides(Math.max(0, 1 - longsClosed / half), Math.max(0, 1 - shortsClosed / half));
        } else if (openInterest > lastOi && isPrice(price)) {
            double usd = config.oiUnit().usd(openInterest - lastOi, price);
            double longShare = 0.5 + split * (buyShare - 0.5);
            if (!Double.isNaN(barOpen)) {
                addAlongBar(usd, longShare);
            } else {
                addLevels(traded > 0 ? tradedPriceUsd / traded : price, usd, longShare);
            }
        }
        if (config.turnover() > 0 && traded > 0) {
            addLevels(tradedPriceUsd / traded, config.turnover() * traded, 0.5 + split * (buyShare - 0.5));
        }
        lastOi = openInterest;
        resetInterval();
    }

    /** Open-interest observations seen, the baseline included: how much history the map is built on. */
    public long oiSamples() {
        return oiSamples;
    }

    /** The last price seen, NaN before the first. */
    public double lastPrice() {
        return lastPrice;
    }

    /** Current bucket width in price, NaN before the first price. */
    public double bucketWidth() {
        return ladder.isPlaced() ? ladder.width() : Double.NaN;
    }

    public boolean isEmpty() {
        return longUsdTotal() == 0 && shortUsdTotal() == 0;
    }

    /** Estimated long-liquidation USD in the bucket holding {@code price}. */
    public double longUsdAt(double price) {
        return ladder.isPlaced() ? ladder.longAt(ladder.index(price)) : 0;
    }

    /** Estimated short-liquidation USD in the bucket holding {@code price}. */
    public double shortUsdAt(double price) {
        return ladder.isPlaced() ? ladder.shortAt(ladder.index(price)) : 0;
    }

    public double longUsdTotal() {
        return total(true);
    }

    public double shortUsdTotal() {
        return total(false);
    }

    /**
     * A heatmap column: the map resampled into {@code longOut.length} equal price rows over
     * {@code [fromPrice, toPrice)}, row 0 lowest; a row sums the buckets whose centre lies in it. Both arrays
     * are overwritten.
     */
    public void heatmap(double fromPrice, double toPrice, double[] longOut, double[] shortOut) {
        if (longOut.length != shortOut.length) {
            throw new IllegalArgumentException("long and short rows differ in length");
        }
        Arrays.fill(longOut, 0);
        Arrays.fill(shortOut, 0);
        if (!ladder.isPlaced() || !(toPrice > fromPrice) || longOut.length == 0) {
            return;
        }
        double rowHeight = (toPrice - fromPrice) / longOut.length;
        for (long k = ladder.lowIndex(); k <= ladder.highIndex(); k++) {
            double center = ladder.center(k);
            if (center >= fromPrice && center < toPrice) {
                int row = Math.min(longOut.length - 1, (int) ((center - fromPrice) / rowHeight));
                longOut[row] += ladder.longAt(k);
                shortOut[row] += ladder.shortAt(k);
            }
        }
    }

    /**
     * Short-liquidation USD above and long-liquidation USD below {@code price}, within {@code distance}
     * (a fraction of the price), raw and weighted by closeness 1 − d/distance (d = the bucket centre's
     * distance as a fraction of the price). Nearest buckets are summed first on both sides.
     */
    public void nearby(double price, double distance, NearbyLiquidations out) {
        out.clear();
        if (!ladder.isPlaced() || !isPrice(price)) {
            return;
        }
        double position = ladder.position(price);
        long center = ladder.index(price);
        long reach = (long) Math.ceil(distance * price / ladder.width()) + 1;
        for (long j = 0; j <= reach; j++) {
            visit(center + j, position, price, distance, out);
            if (j > 0) {
                visit(center - j, position, price, distance, out);
            }
        }
    }

    /**
     * The nearest bucket above {@code price} whose short-liquidation USD is at least {@code minShareOfPeak}
     * of the largest above: a magnet or target for longs, a place not to put a short's stop. NaN when none.
     */
    public double nearestClusterAbove(double price, double minShareOfPeak) {
        return ladder.isPlaced() ? ClusterFinder.nearestAbove(ladder, price, minShareOfPeak) : Double.NaN;
    }

    /** The nearest bucket below {@code price} with long-liquidation USD at least {@code minShareOfPeak} of the largest below. */
    public double nearestClusterBelow(double price, double minShareOfPeak) {
        return ladder.isPlaced() ? ClusterFinder.nearestBelow(ladder, price, minShareOfPeak) : Double.NaN;
    }

    /**
     * The {@code count} buckets holding the most USD (long + short) as price ranges, touching buckets merged
     * into one range, in ascending price: the map's prediction of where liquidations will happen. Allocates;
     * for reports and scoring, not the hot path.
     */
    public ClusterRanges topClusters(int count) {
        return ClusterFinder.top(ladder, count);
    }

    /**
     * As {@link #topClusters(int)}, among levels within ±{@code distance} (a fraction) of {@code price}:
     * the near clusters that price can reach soon.
     */
    public ClusterRanges topClustersNear(int count, double price, double distance) {
        return ClusterFinder.top(ladder, count, price, distance);
    }

    private double total(boolean longs) {
        double total = 0;
        for (long k = ladder.lowIndex(); ladder.isPlaced() && k <= ladder.highIndex(); k++) {
            total += longs ? ladder.longAt(k) : ladder.shortAt(k);
        }
        return total;
    }

    private void visit(long k, double position, double price, double distance, NearbyLiquidations out) {
        double d = (k - position) * ladder.width() / price;
        out.add(d, distance, ladder.shortAt(k), ladder.longAt(k));
    }

    private void addLevels(double price, double usd, double longShare) {
        placeOnce(price);
        prepareFor(price);
        double longUsd = usd * longShare;
        double shortUsd = usd - longUsd;
        double spread = config.marginSpread();
        double scale = marginScale();
        for (int i = 0; i < tiers.count(); i++) {
            if (spread == 0 && scale == 1) {
                ladder.addLong(tiers.longLiquidation(price, i), longUsd * tiers.share(i));
                ladder.addShort(tiers.shortLiquidation(price, i), shortUsd * tiers.share(i));
                continue;
            }
            double each = tiers.share(i) / LeverageTiers.SPREAD_POINTS;
            for (int q = 0; q < LeverageTiers.SPREAD_POINTS; q++) {
                double d = tiers.distance(i, spread, q, scale);
                ladder.addLong(price * (1 - d), longUsd * each);
                ladder.addShort(price * (1 + d), shortUsd * each);
            }
        }
    }

    /** Enters {@code usd} at {@link #BAR_PATH_POINTS} points evenly spaced along open → extreme → extreme → close. */
    private void addAlongBar(double usd, double longShare) {
        boolean lowFirst = barOpen - barLow <= barHigh - barOpen;
        double first = lowFirst ? barLow : barHigh;
        double second = lowFirst ? barHigh : barLow;
        double legA = Math.abs(first - barOpen);
        double legB = Math.abs(second - first);
        double legC = Math.abs(lastPrice - second);
        double length = legA + legB + legC;
        double each = usd / BAR_PATH_POINTS;
        for (int j = 0; j < BAR_PATH_POINTS; j++) {
            double at = length * (j + 0.5) / BAR_PATH_POINTS;
            double price;
            if (length == 0) {
                price = lastPrice;
            } else if (at < legA) {
                price = barOpen + (first - barOpen) * at / legA;
            } else if (at < legA + legB) {
                price = first + (second - first) * (at - legA) / legB;
            } else {
                price = second + (lastPrice - second) * (at - legA - legB) / legC;
            }
            addLevels(price, each, longShare);
        }
        onPrice(lastPrice); // a level the rest of the path crossed after its entry is gone
    }

    /** The margin factor of {@link MapConfig#volAdaptation}: 1 until both volatilities are known. */
    private double marginScale() {
        if (config.volAdaptation() == 0 || Double.isNaN(recentVariance) || totalMs <= 0 || totalSquares <= 0) {
            return 1;
        }
        double ratio = Math.sqrt(recentVariance / (totalSquares / totalMs));
        ratio = Math.max(1 / VOL_RATIO_LIMIT, Math.min(VOL_RATIO_LIMIT, ratio));
        return Math.pow(ratio, config.volAdaptation());
    }

    private void observeVolatility(long timeMs, double price) {
        if (config.volAdaptation() == 0 || !isPrice(price)) {
            return;
        }
        if (!Double.isNaN(lastVolPrice) && timeMs > lastVolTimeMs) {
            long dt = timeMs - lastVolTimeMs;
            double r = Math.log(price / lastVolPrice);
            totalSquares += r * r;
            totalMs += dt;
            double rate = r * r / dt;
            double keep = Math.pow(0.5, dt / (VOL_HALF_LIFE_MIN * 60_000.0));
            recentVariance = Double.isNaN(recentVariance) ? rate : keep * recentVariance + (1 - keep) * rate;
        }
        if (timeMs >= lastVolTimeMs || Double.isNaN(lastVolPrice)) {
            lastVolPrice = price;
            lastVolTimeMs = timeMs;
        }
    }

    private void resetInterval() {
        takerBuyUsd = 0;
        takerSellUsd = 0;
        tradedPriceUsd = 0;
        liquidatedLongUsd = 0;
        liquidatedShortUsd = 0;
    }

    /** Re-grids after a large drift, else slides the ring when new levels at this price would fall off it. */
    private void prepareFor(double price) {
        double wanted = config.bucketFraction() * price;
        double drift = ladder.width() / wanted;
        if (drift > DRIFT || drift < 1 / DRIFT) {
            ladder.regrid(price, wanted);
            return;
        }
        double reach = tiers.farthestDistance(config.marginSpread()) * config.marginScaleLimit();
        if (!ladder.holds(ladder.index(price * (1 - reach))) || !ladder.holds(ladder.index(price * (1 + reach)))) {
            ladder.slideTo(ladder.index(price) - (ladder.highIndex() - ladder.lowIndex()) / 2);
        }
    }

    private void placeOnce(double price) {
        if (!ladder.isPlaced()) {
            ladder.place(price, config.bucketFraction() * price);
        }
    }

    private void age(long timeMs) {
        if (config.halfLifeMs() > 0 && timeMs > lastOiTimeMs) {
            ladder.scale(Math.pow(0.5, (timeMs - lastOiTimeMs) / (double) config.halfLifeMs()));
        }
        lastOiTimeMs = Math.max(lastOiTimeMs, timeMs);
    }

    private static boolean isPrice(double price) {
        return price > 0 && price < Double.POSITIVE_INFINITY;
    }
}
