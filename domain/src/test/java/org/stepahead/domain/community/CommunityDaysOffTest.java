package org.stepahead.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.TestData;
import org.stepahead.domain.shared.Period;

/** A community's own days off: kept by their first day, never overlapping, removed by their first day. */
class CommunityDaysOffTest {

    private final Community community = TestData.community();

    private static DayOff dayOff(int fromDay, int toDay, String reason) {
        return new DayOff(Period.of(LocalDate.of(2026, 11, fromDay), LocalDate.of(2026, 11, toDay)), reason);
    }

    @Test
    void givenDaysOff_added_areKeptByTheirFirstDay_andSurviveASnapshot() {
        community.addDaysOff(dayOff(20, 27, "карантин"));
        community.addDaysOff(dayOff(2, 8, "  осенние каникулы в районе  "));

        assertThat(community.daysOff())
                .extracting(DayOff::reason)
                .containsExactly("осенние каникулы в районе", "карантин");
        assertThat(Community.restore(community.snapshot()).daysOff()).isEqualTo(community.daysOff());
        assertThat(community.pullEvents()).hasSize(2);
    }

    @Test
    void givenDaysOff_overlappingOnes_areRefusedNamingTheDaysAlreadyOff() {
        community.addDaysOff(dayOff(20, 27, "карантин"));

        assertRefused(() -> community.addDaysOff(dayOff(27, 30, "каникулы")), "community.daysOffOverlap");
        assertRefused(() -> community.addDaysOff(dayOff(1, 20, "каникулы")), "community.daysOffOverlap");
        community.addDaysOff(dayOff(28, 30, "каникулы"));
        assertThat(community.daysOff()).hasSize(2);
    }

    @Test
    void givenDaysOff_removingThemByTheirFirstDay_removesThem_andAnUnknownDayIsNotFound() {
        community.addDaysOff(dayOff(20, 27, "карантин"));

        assertRefused(() -> community.removeDaysOff(LocalDate.of(2026, 11, 21)), "notFound");
        community.removeDaysOff(LocalDate.of(2026, 11, 20));

        assertThat(community.daysOff()).isEmpty();
    }

    @Test
    void givenNoReason_aDayOff_isRefused() {
        assertRefused(() -> dayOff(1, 2, " "), "required");
    }
}
