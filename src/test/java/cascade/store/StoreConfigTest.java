package cascade.store;

import cascade.config.StoreConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void theDefaultStoreLivesInCascadeDataUnderTheWorkingDirectory() {
        assertThat(StoreConfig.defaults()).isEqualTo(new StoreConfig("jdbc:h2:file:./cascade-data/cascade", "cascade"));
    }

    @Test
    void aDirectoryStoreIsAnAbsoluteFileUrlAndAMemoryStoreIsKeptOpen() {
        assertThat(StoreConfig.inDirectory(Path.of("/var/cascade")).jdbcUrl())
                .isEqualTo("jdbc:h2:file:/var/cascade/cascade");
        assertThat(StoreConfig.inMemory("run-7").jdbcUrl()).isEqualTo("jdbc:h2:mem:run-7;DB_CLOSE_DELAY=-1");
    }

    @Test
    void badValuesAreRejectedNamingTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:postgresql://db/cascade", "cascade"))
                .hasMessage("store.jdbcUrl must be an H2 url (jdbc:h2:file:PATH or jdbc:h2:mem:NAME), was: "
                        + "jdbc:postgresql://db/cascade");
        assertThatThrownBy(() -> new StoreConfig("jdbc:h2:file:cascade-data/cascade", "cascade"))
                .hasMessage("store.jdbcUrl file path must be absolute or start with ./ or ~/, was: "
                        + "jdbc:h2:file:cascade-data/cascade");
        assertThatThrownBy(() -> new StoreConfig("jdbc:h2:mem:x", " ")).hasMessage("store.user must not be blank");
        assertThatThrownBy(() -> StoreConfig.inMemory("a;b"))
                .hasMessage("in-memory store name must match [A-Za-z0-9_-]+, was: a;b");
    }
}
