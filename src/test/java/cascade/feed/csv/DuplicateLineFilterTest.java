package cascade.feed.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateLineFilterTest {

    @Test
    void dropsARepeatWithinTheHorizonAndForgetsLinesOlderThanIt() {
        DuplicateLineFilter filter = new DuplicateLineFilter(60_000);

        assertThat(filter.isDuplicate("a", 1_000)).isFalse();
        assertThat(filter.isDuplicate("b", 30_000)).isFalse();
        assertThat(filter.isDuplicate("a", 1_000)).as("same line 29 s later in trade time").isTrue();
        assertThat(filter.remembered()).isEqualTo(2);

        assertThat(filter.isDuplicate("c", 61_001)).isFalse();
        assertThat(filter.remembered()).as("'a' (t=1000) fell out of the 60 s horizon").isEqualTo(2);
        assertThat(filter.isDuplicate("a", 1_000)).as("forgotten, so taken as new").isFalse();
    }
}
