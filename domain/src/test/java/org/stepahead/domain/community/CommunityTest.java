package org.stepahead.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepahead.domain.TestData;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;

class CommunityTest {

    private static Community found(String name, ZoneId timeZone, CommunityProfile profile) {
        return Community.found(
                CommunityId.random(),
                name,
                CommunityKind.NETWORK_SCHOOL,
                CommunityLevel.MUNICIPAL,
                OrganizationId.random(),
                null,
                timeZone,
                profile);
    }

    private static CommunityProfile profile(
            List<FunctionStatement> functions, List<Principle> principles, List<Form> forms) {
        return new CommunityProfile(
                "Повышение профессиональной компетентности классных руководителей",
                List.of("Создать условия для обмена опытом"),
                functions,
                principles,
                List.of(new WorkDirection("Организационно-координирующее", List.of("заседания"))),
                forms,
                List.of("участвовать в работе сообщества"),
                List.of());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void givenNoName_found_isRefused(String name) {
        assertRefused(() -> found(name, null, null), "required");
    }

    @Test
    void givenAPaddedName_found_trimsItAndRecordsTheEvent() {
        Community community = found("  Сетевая школа  классного руководителя ", null, null);

        assertThat(community.name()).isEqualTo("Сетевая школа классного руководителя");
        assertThat(community.pullEvents())
                .containsExactly(new CommunityFounded(
                        community.getId(),
                        "Сетевая школа классного руководителя",
                        community.coordinatingOrganization()));
    }

    @Test
    void givenNoTimeZone_found_livesInMoscowTime() {
        Community community = found("Сетевая школа", null, null);

        assertThat(community.timeZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(Community.DEFAULT_TIME_ZONE).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void givenKrasnoyarskTime_found_keepsIt() {
        Community community = found("Профессиональное сообщество", ZoneId.of("Asia/Krasnoyarsk"), null);

        assertThat(community.timeZone()).isEqualTo(ZoneId.of("Asia/Krasnoyarsk"));
    }

    @Test
    void givenNoProfile_found_hasAnEmptyOne() {
        assertThat(found("Клуб", null, null).profile()).isEqualTo(CommunityProfile.empty());
    }

    @Test
    void givenNoCoordinatingOrganization_found_isRefused() {
        assertRefused(
                () -> Community.found(
                        CommunityId.random(),
                        "Клуб",
                        CommunityKind.CLUB,
                        CommunityLevel.SCHOOL,
                        null,
                        null,
                        null,
                        null),
                "required");
    }

    @Test
    void givenAFunctionListedTwice_profile_isRefused() {
        List<FunctionStatement> functions = List.of(
                new FunctionStatement(CommunityFunction.STRATEGIC, "определяет стратегию"),
                new FunctionStatement(CommunityFunction.MONITORING, null),
                new FunctionStatement(CommunityFunction.STRATEGIC, "ещё раз"));

        DomainRuleViolation violation =
                assertRefused(() -> profile(functions, List.of(), List.of()), "community.functionTwice");

        assertThat(violation.arguments()).containsExactly(CommunityFunction.STRATEGIC);
    }

    @Test
    void givenAPrincipleListedTwice_profile_isRefusedWhateverTheCase() {
        List<Principle> principles =
                List.of(new Principle("Принцип добровольности"), new Principle(" принцип  ДОБРОВОЛЬНОСТИ "));

        assertRefused(() -> profile(List.of(), principles, List.of()), "community.principleTwice");
    }

    @Test
    void givenAFormListedTwice_profile_isRefused() {
        assertRefused(
                () -> profile(List.of(), List.of(), List.of(Form.SEMINAR, Form.MASTER_CLASS, Form.SEMINAR)),
                "community.formTwice");
    }

    @Test
    void givenDistinctFunctionsPrinciplesAndForms_profile_keepsThemInOrder() {
        CommunityProfile profile = profile(
                List.of(
                        new FunctionStatement(CommunityFunction.STRATEGIC, null),
                        new FunctionStatement(CommunityFunction.COORDINATING, null)),
                List.of(new Principle("добровольность"), new Principle("открытость")),
                List.of(Form.SEMINAR, Form.ROUND_TABLE));

        assertThat(profile.functions())
                .extracting(FunctionStatement::function)
                .containsExactly(CommunityFunction.STRATEGIC, CommunityFunction.COORDINATING);
        assertThat(profile.principles()).extracting(Principle::text).containsExactly("добровольность", "открытость");
        assertThat(profile.forms()).containsExactly(Form.SEMINAR, Form.ROUND_TABLE);
    }

    @Test
    void givenABlankTask_profile_isRefused() {
        assertRefused(
                () -> new CommunityProfile(
                        null, List.of(" "), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                "required");
    }

    @Test
    void givenANewProfile_revise_replacesItAndRecordsTheEvent() {
        Community community = TestData.community();
        CommunityProfile profile = profile(List.of(), List.of(new Principle("доверие")), List.of(Form.FORUM));

        community.revise(profile);

        assertThat(community.profile()).isEqualTo(profile);
        assertThat(community.pullEvents()).containsExactly(new CommunityRevised(community.getId()));
    }

    @Test
    void givenNoProfile_revise_isRefused() {
        assertRefused(() -> TestData.community().revise(null), "required");
    }

    @Test
    void givenNewNameDocumentZoneAndProfile_revise_replacesThemAndRecordsTheEvent() {
        Community community = TestData.community();
        CommunityProfile profile = profile(List.of(), List.of(new Principle("открытость")), List.of(Form.MEETING));
        DocumentRef order = new DocumentRef("Приказ", "12/п", LocalDate.of(2024, 9, 2));

        community.revise("  Клуб   «Наставник» ", order, ZoneId.of("Asia/Krasnoyarsk"), profile);

        assertThat(community.name()).isEqualTo("Клуб «Наставник»");
        assertThat(community.foundingDocument()).isEqualTo(order);
        assertThat(community.timeZone()).isEqualTo(ZoneId.of("Asia/Krasnoyarsk"));
        assertThat(community.profile()).isEqualTo(profile);
        assertThat(community.pullEvents()).containsExactly(new CommunityRevised(community.getId()));
    }

    @Test
    void givenNoFoundingDocument_revise_forgetsTheRecordedOne() {
        Community community = TestData.community();

        community.revise(community.name(), null, community.timeZone(), community.profile());

        assertThat(community.foundingDocument()).isNull();
    }

    @Test
    void givenBlankName_revise_isRefusedAndChangesNothing() {
        Community community = TestData.community();
        String name = community.name();

        assertRefused(
                () -> community.revise(" ", null, ZoneId.of("Asia/Krasnoyarsk"), CommunityProfile.empty()), "required");
        assertThat(community.name()).isEqualTo(name);
        assertThat(community.timeZone()).isNotEqualTo(ZoneId.of("Asia/Krasnoyarsk"));
        assertThat(community.pullEvents()).isEmpty();
    }

    @Test
    void givenNoTimeZoneOrProfile_revise_isRefused() {
        Community community = TestData.community();

        assertRefused(() -> community.revise("Клуб", null, null, CommunityProfile.empty()), "required");
        assertRefused(() -> community.revise("Клуб", null, Community.DEFAULT_TIME_ZONE, null), "required");
    }

    @Test
    void givenAnotherOrganization_coordinateBy_handsOverCoordination() {
        Community community = TestData.community();
        OrganizationId centre = OrganizationId.random();

        community.coordinateBy(centre);

        assertThat(community.coordinatingOrganization()).isEqualTo(centre);
        assertRefused(() -> community.coordinateBy(null), "required");
    }

    @Test
    void givenACommunity_restoreOfSnapshot_isTheSame() {
        Community community =
                TestData.community(profile(List.of(), List.of(new Principle("открытость")), List.of(Form.SEMINAR)));

        assertThat(Community.restore(community.snapshot()).snapshot()).isEqualTo(community.snapshot());
    }
}
