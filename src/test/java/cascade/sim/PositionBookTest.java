package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

class PositionBookTest {
    private final PositionBook book = new PositionBook(8, 2);

    @Test
    void findsTheLongsAPriceFallCrossesHighestFirst() {
        int a = book.open(Side.BUY, 100_000, 5, 90_400, 0, 10, 500_000_000L);
        int b = book.open(Side.BUY, 100_000, 2, 99_500, 1, 100, 200_000_000L);
        book.open(Side.SELL, 100_000, 3, 109_600, 0, 10, 300_000_000L);

        assertThat(book.crossedLong(99_600)).isEqualTo(-1);
        assertThat(book.crossedLong(99_500)).isEqualTo(b);
        book.remove(b);
        assertThat(book.crossedLong(95_000)).isEqualTo(-1);
        assertThat(book.crossedLong(90_000)).isEqualTo(a);
        assertThat(book.crossedShort(109_599)).isEqualTo(-1);
    }

    @Test
    void keepsOpenInterestAndCrowdingAsPositionsComeAndGo() {
        int a = book.open(Side.BUY, 100_000, 5, 90_400, 0, 10, 500_000_000L);
        book.open(Side.SELL, 100_000, 3, 109_600, 0, 10, 300_000_000L);

        assertThat(book.openQty()).isEqualTo(8);
        assertThat(book.crowding()).isEqualTo((500.0 - 300.0) / 800.0);

        book.remove(a);

        assertThat(book.openQty()).isEqualTo(3);
        assertThat(book.crowding()).isEqualTo(-1.0);
        assertThat(book.openCount()).isEqualTo(1);
        assertThat(book.classCount(0)).isEqualTo(1);
    }

    @Test
    void aClosedPositionsStaleHeapEntryIsSkippedEvenWhenItsSlotIsReused() {
        int a = book.open(Side.BUY, 100_000, 5, 99_000, 0, 10, 500_000_000L);
        book.remove(a);
        int reused = book.open(Side.BUY, 100_000, 1, 95_000, 0, 10, 100_000_000L);

        assertThat(reused).isEqualTo(a);
        assertThat(book.crossedLong(98_000)).isEqualTo(-1);
        assertThat(book.crossedLong(95_000)).isEqualTo(reused);
    }

    @Test
    void listsOpenPositionsPerLeverageClass() {
        book.open(Side.BUY, 100_000, 1, 90_400, 0, 10, 1);
        int high = book.open(Side.SELL, 100_000, 1, 100_600, 1, 100, 1);
        book.open(Side.BUY, 100_000, 1, 90_400, 0, 10, 1);

        assertThat(book.classCount(0)).isEqualTo(2);
        assertThat(book.classCount(1)).isEqualTo(1);
        assertThat(book.classSlot(1, 0)).isEqualTo(high);
        assertThat(book.leverage(high)).isEqualTo(100);
    }
}
