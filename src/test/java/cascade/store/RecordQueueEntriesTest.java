package cascade.store;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.store.RecordQueue.Entries;
import cascade.store.RecordQueue.Placement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NEVER_BLOCK queue-and-spill alone, one step at a time on one thread, so each interleaving of puts and
 * writer takes that could reorder entries is pinned down exactly.
 */
class RecordQueueEntriesTest {
    record Marker(String name) implements StoreEntry {
        @Override
        public String kind() {
            return "marker";
        }

        @Override
        public void writeTo(SqlBatch batch, long runId) {
        }
    }

    final Entries entries = new Entries(2);
    final Thread writer = Thread.currentThread();

    Placement put(String name) {
        return entries.offerOrSpill(new Marker(name), writer);
    }

    List<String> take(int max) throws InterruptedException {
        List<StoreEntry> batch = new ArrayList<>();
        entries.takeBatch(batch, max);
        return batch.stream().map(e -> e instanceof Marker m ? m.name() : "barrier").toList();
    }

    @Test
    void onceAnythingSpillsLaterEntriesSpillBehindItEvenWhenTheQueueHasRoomAgain() throws InterruptedException {
        assertThat(List.of(put("a"), put("b"), put("c"), put("d")))
                .containsExactly(Placement.QUEUED, Placement.QUEUED, Placement.FIRST_SPILL, Placement.SPILLED);

        assertThat(take(10)).containsExactly("a", "b");
        // the queue is empty now, but c and d are older than e: e must not overtake them through the queue
        assertThat(put("e")).isEqualTo(Placement.SPILLED);
        assertThat(entries.spillDepth()).isEqualTo(3);

        assertThat(take(2)).containsExactly("c", "d");
        assertThat(put("f")).isEqualTo(Placement.SPILLED);
        assertThat(take(10)).containsExactly("e", "f");

        // the spill has drained: the queue takes entries again
        assertThat(List.of(put("g"), put("h"), put("i")))
                .containsExactly(Placement.QUEUED, Placement.QUEUED, Placement.SPILLED);
        assertThat(take(1)).containsExactly("g");
        assertThat(take(10)).containsExactly("h");
        assertThat(take(10)).containsExactly("i");

        assertThat(entries.spilled()).isEqualTo(5); // c, d, e, f, i
        assertThat(entries.maxSpillDepth()).isEqualTo(3); // c, d, e
        assertThat(entries.spillDepth()).isZero();
    }

    @Test
    void aBarrierKeepsItsPlaceInTheSpillButIsNotCountedAsARecord() throws InterruptedException {
        put("a");
        put("b");
        put("c");
        assertThat(entries.offerOrSpill(new Barrier(false), writer)).isEqualTo(Placement.SPILLED);
        put("d");

        List<StoreEntry> rest = new ArrayList<>();
        entries.drainRest(rest);

        assertThat(rest).hasSize(5);
        assertThat(rest.get(3)).isInstanceOf(Barrier.class);
        assertThat(List.of(rest.get(0), rest.get(1), rest.get(2), rest.get(4)))
                .containsExactly(new Marker("a"), new Marker("b"), new Marker("c"), new Marker("d"));
        assertThat(entries.spilled()).isEqualTo(2);
        assertThat(entries.maxSpillDepth()).isEqualTo(2);
        assertThat(entries.spillDepth()).isZero();
    }

    @Test
    void nothingIsSpilledForAWriterThatHasStopped() throws InterruptedException {
        Thread stopped = new Thread(() -> { });
        stopped.start();
        stopped.join();
        entries.offerOrSpill(new Marker("a"), stopped);
        entries.offerOrSpill(new Marker("b"), stopped);

        assertThat(entries.offerOrSpill(new Marker("c"), stopped)).isEqualTo(Placement.WRITER_GONE);
        assertThat(entries.spilled()).isZero();
    }
}
