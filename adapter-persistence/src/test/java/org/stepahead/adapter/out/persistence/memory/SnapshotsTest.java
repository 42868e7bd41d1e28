package org.stepahead.adapter.out.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    record Versioned(String name, long version, List<String> parts) {}

    record Unversioned(String name, int version) {}

    private final Snapshots<Versioned> snapshots = Snapshots.of(Versioned.class);

    @Test
    void versionIsTheSnapshotsVersionComponent() {
        assertThat(snapshots.version(new Versioned("a", 7, List.of()))).isEqualTo(7);
    }

    @Test
    void withVersionChangesTheVersionAndKeepsEveryOtherComponentAsItIs() {
        List<String> parts = List.of("x", "y");
        Versioned copy = snapshots.withVersion(new Versioned("a", 1, parts), 2);

        assertThat(copy).isEqualTo(new Versioned("a", 2, parts));
        assertThat(copy.parts()).isSameAs(parts);
    }

    @Test
    void aTypeWithoutALongVersionComponentIsRefused() {
        assertThatThrownBy(() -> Snapshots.of(Unversioned.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> Snapshots.of(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a record");
    }
}
