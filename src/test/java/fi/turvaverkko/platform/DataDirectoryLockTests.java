package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTests {

    @TempDir
    Path dataDir;

    @Test
    void refusesASecondApplicationOnTheSameDataDirectory() throws Exception {
        try (var first = DataDirectoryLock.acquire(dataDir)) {
            assertThat(first.directory()).isEqualTo(dataDir);
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Turvaverkko")
                    .hasMessageContaining(String.valueOf(ProcessHandle.current().pid()));
        }
        try (var again = DataDirectoryLock.acquire(dataDir)) {
            assertThat(again.directory()).isEqualTo(dataDir);
        }
    }
}
