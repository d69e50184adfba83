package cascade.map;

import java.util.Arrays;

/**
 * Long- and short-liquidation USD in equal price buckets, held in a fixed ring that slides along the
 * price axis. Bucket {@code k} (any long, negative below the anchor) covers
 * {@code [anchor + (k − ½)·width, anchor + (k + ½)·width)}, so the anchor price is the centre of bucket 0.
 * The ring holds buckets {@code [lowIndex, lowIndex + size)}; USD placed outside it is dropped.
 * <p>
 * Two bounds make crossing cheap: no long USD lies above {@code longTop}, no short USD below
 * {@code shortBottom}, so clearing what a price move crossed touches only the buckets crossed.
 */
final class PriceLadder {
    private final int size;
    private double[] longUsd;
    private double[] shortUsd;
    private double[] spareLong;
    private double[] spareShort;
    private double anchor = Double.NaN;
    private double width;
    private long lowIndex;
    private long longTop = Long.MIN_VALUE;
    private long shortBottom = Long.MAX_VALUE;

    PriceLadder(int size) {
        this.size = size;
        longUsd = new double[size];
        shortUsd = new double[size];
        spareLong = new double[size];
        spareShort = new double[size];
    }

    boolean isPlaced() {
        return !Double.isNaN(anchor);
    }

    double width() {
        return width;
    }

    long lowIndex() {
        return lowIndex;
    }

    long highIndex() {
        return lowIndex + size - 1;
    }

    /** An empty ladder on a grid centred on {@code anchor}. */
    void place(double anchorPrice, double bucketWidth) {
        anchor = anchorPrice;
        width = bucketWidth;
        lowIndex = -(size / 2);
        Arrays.fill(longUsd, 0);
        Arrays.fill(shortUsd, 0);
        longTop = Long.MIN_VALUE;
        shortBottom = Long.MAX_VALUE;
    }

    long index(double price) {
        return (long) Math.floor((price - anchor) / width + 0.5);
    }

    /** Position of a price on the grid in buckets from the anchor (0.0 at the anchor, exactly). */
    double position(double price) {
        return (price - anchor) / width;
    }

    double center(long k) {
        return anchor + k * width;
    }

    boolean holds(long k) {
        return k >= lowIndex && k <= highIndex();
    }

    double longAt(long k) {
        return holds(k) ? longUsd[slot(k)] : 0;
    }

    double shortAt(long k) {
        return holds(k) ? shortUsd[slot(k)] : 0;
    }

    void addLong(double price, double usd) {
        long k = index(price);
        if (holds(k)) {
            longUsd[slot(k)] += usd;
            longTop = Math.max(longTop, k);
        }
    }

    void addShort(double price, double usd) {
        long k = index(price);
        if (holds(k)) {
            shortUsd[slot(k)] += usd;
            shortBottom = Math.min(shortBottom, k);
        }
    }

    /** The price fell into bucket {@code k}: every long level at or above it is liquidated. */
    void clearLongsFrom(long k) {
        if (k > longTop) {
            return;
        }
        for (long j = Math.max(k, lowIndex), top = Math.min(longTop, highIndex()); j <= top; j++) {
            longUsd[slot(j)] = 0;
        }
        longTop = k - 1;
    }

    /** The price rose into bucket {@code k}: every short level at or below it is liquidated. */
    void clearShortsTo(long k) {
        if (k < shortBottom) {
            return;
        }
        for (long j = Math.max(shortBottom, lowIndex), top = Math.min(k, highIndex()); j <= top; j++) {
            shortUsd[slot(j)] = 0;
        }
        shortBottom = k + 1;
    }

    void scale(double factor) {
        for (int i = 0; i < size; i++) {
            longUsd[i] *= factor;
            shortUsd[i] *= factor;
        }
    }

    /** Scales long levels by {@code longFactor} and short levels by {@code shortFactor}. */
    void scaleSides(double longFactor, double shortFactor) {
        for (int i = 0; i < size; i++) {
            longUsd[i] *= longFactor;
            shortUsd[i] *= shortFactor;
        }
    }

    /** Slides the ring by whole buckets so it starts at {@code newLow}; buckets leaving it are dropped. */
    void slideTo(long newLow) {
        long from;
        long to;
        if (Math.abs(newLow - lowIndex) >= size) {
            from = newLow;
            to = newLow + size;
        } else if (newLow > lowIndex) {
            from = lowIndex + size;
            to = newLow + size;
        } else {
            from = newLow;
            to = lowIndex;
        }
        for (long k = from; k < to; k++) {
            longUsd[slot(k)] = 0;
            shortUsd[slot(k)] = 0;
        }
        lowIndex = newLow;
    }

    /**
     * Moves every level onto a new grid centred on {@code anchorPrice}: each old bucket's USD goes into the
     * new bucket holding its centre (so a level moves by at most half a new bucket); levels outside the new
     * ring are dropped.
     */
    void regrid(double anchorPrice, double bucketWidth) {
        Arrays.fill(spareLong, 0);
        Arrays.fill(spareShort, 0);
        long newLow = -(size / 2);
        long newHigh = newLow + size - 1;
        for (long k = lowIndex; k <= highIndex(); k++) {
            int from = slot(k);
            long target = (long) Math.floor((center(k) - anchorPrice) / bucketWidth + 0.5);
            if (target >= newLow && target <= newHigh && (longUsd[from] != 0 || shortUsd[from] != 0)) {
                spareLong[slot(target)] += longUsd[from];
                spareShort[slot(target)] += shortUsd[from];
            }
        }
        double[] swap = longUsd;
        longUsd = spareLong;
        spareLong = swap;
        swap = shortUsd;
        shortUsd = spareShort;
        spareShort = swap;
        anchor = anchorPrice;
        width = bucketWidth;
        lowIndex = newLow;
        longTop = Long.MIN_VALUE;
        shortBottom = Long.MAX_VALUE;
        for (long k = lowIndex; k <= highIndex(); k++) {
            longTop = longUsd[slot(k)] != 0 ? k : longTop;
            shortBottom = shortUsd[slot(k)] != 0 ? Math.min(shortBottom, k) : shortBottom;
        }
    }

    private int slot(long k) {
        return (int) Math.floorMod(k, (long) size);
    }
}
