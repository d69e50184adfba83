package cascade.map;

import java.util.Arrays;

/**
 * The estimated liquidation map of one symbol (a "liquidation heatmap"): at which prices the positions
 * opened since the map started would be force-closed, in USD per price bucket.
 * <p>
 * <b>Levels appear</b> when open interest (OI) rises: the rise is new positions opened at the current
 * price. Its USD value ({@link OiUnit}: ΔOI × price when OI is counted in coins, ΔOI when in USD) is split
 * half long, half short — every new contract has a buyer and a seller, and OI alone does not say which
 * side was the eager one — and spread over the {@link LeverageTiers}: a long at leverage L is liquidated
 * at entry·(1 − 1/L + mmr), a short at entry·(1 + 1/L − mmr).
 * <p>
 * <b>Levels go</b> when the price reaches them (each trade or mark price; for a bar its low and high):
 * those positions were liquidated. A fall of OI closes positions everywhere alike, so every level shrinks
 * by new OI / old OI. With a half-life set, levels also fade with age.
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

    private final MapConfig config;
    private final LeverageTiers tiers;
    private final PriceLadder ladder;
    private double lastPrice = Double.NaN;
    private double lastOi = Double.NaN;
    private long lastOiTimeMs;
    private long oiSamples;

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
     * A closed bar: its low and high liquidated the levels they reached, then the close and the open
     * interest at the close (NaN when unknown) update the map.
     */
    public void onBar(long closeTimeMs, double low, double high, double close, double openInterest) {
        if (ladder.isPlaced() && isPrice(low) && isPrice(high) && high >= low) {
            ladder.clearLongsFrom(ladder.index(low));
            ladder.clearShortsTo(ladder.index(high));
        }
        onPrice(close);
        onOpenInterest(closeTimeMs, openInterest, close);
    }

    /**
     * An open-interest observation (in the source's unit) at {@code price}. The first one is the baseline:
     * where the positions already open were entered is unknown. A rise adds levels at the price, a fall
     * scales every level by new/old. NaN or negative (unknown) is ignored; a rise while no price is known
     * only moves the baseline.
     */
    public void onOpenInterest(long timeMs, double openInterest, double price) {
        if (!(openInterest >= 0) || Double.isInfinite(openInterest)) {
            return;
        }
        oiSamples++;
        if (Double.isNaN(lastOi)) {
            lastOi = openInterest;
            lastOiTimeMs = timeMs;
            return;
        }
        age(timeMs);
        if (openInterest < lastOi) {
            ladder.scale(openInterest / lastOi);
        } else if (openInterest > lastOi && isPrice(price)) {
            addLevels(price, config.oiUnit().usd(openInterest - lastOi, price));
        }
        lastOi = openInterest;
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

    private void addLevels(double price, double usd) {
        placeOnce(price);
        prepareFor(price);
        double half = usd / 2;
        for (int i = 0; i < tiers.count(); i++) {
            double tierUsd = half * tiers.share(i);
            ladder.addLong(tiers.longLiquidation(price, i), tierUsd);
            ladder.addShort(tiers.shortLiquidation(price, i), tierUsd);
        }
    }

    /** Re-grids after a large drift, else slides the ring when new levels at this price would fall off it. */
    private void prepareFor(double price) {
        double wanted = config.bucketFraction() * price;
        double drift = ladder.width() / wanted;
        if (drift > DRIFT || drift < 1 / DRIFT) {
            ladder.regrid(price, wanted);
            return;
        }
        double reach = tiers.farthestDistance();
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
