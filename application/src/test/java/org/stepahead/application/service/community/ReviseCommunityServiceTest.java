package org.stepahead.application.service.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.AggregateTestData;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityRevised;
import org.stepahead.domain.community.Partner;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.community.TutorFunctionStatement;
import org.stepahead.domain.community.WorkDirection;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.TutorFunction;

class ReviseCommunityServiceTest {

    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
    private final ReviseCommunityService reviseCommunity =
            new ReviseCommunityService(runner, communities, organizations);

    private final Community stored = AggregateTestData.community(AggregateTestData.MOSCOW);
    private final Organization baseSite = AggregateTestData.organization("МБОУ СШ № 1");

    private ProfileInput profileWithBaseSite() {
        return new ProfileInput(
                "Положение о клубе",
                "Поддержка наставников",
                List.of("Обмен опытом"),
                List.of(),
                List.of("Открытость"),
                List.of(new DirectionInput("Методическое", List.of("семинары"))),
                List.of(Form.SEMINAR),
                List.of("Участвовать в заседаниях"),
                List.of(new PartnerInput(baseSite.getId(), PartnerRole.BASE_SITE, "Наставничество", null)),
                List.of(new TutorFunctionInput(TutorFunction.SUPPORTING, "сопровождает")));
    }

    private ReviseCommunityCommand command(String timeZone, ProfileInput profile, Long expectedVersion) {
        return new ReviseCommunityCommand(
                stored.getId(),
                " Клуб наставников ",
                new DocumentInput("Приказ о переименовании", "12/п", LocalDate.of(2024, 9, 2)),
                timeZone,
                profile,
                expectedVersion);
    }

    @Test
    void givenCurrentVersion_revise_replacesNameDocumentZoneAndProfileKeepingKindAndSaves() {
        when(communities.findById(stored.getId())).thenReturn(Optional.of(stored));
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(baseSite));

        reviseCommunity.revise(command("Asia/Krasnoyarsk", profileWithBaseSite(), stored.version()));

        verify(communities).save(stored);
        assertThat(stored.name()).isEqualTo("Клуб наставников");
        assertThat(stored.kind()).isEqualTo(CommunityKind.CLUB);
        assertThat(stored.timeZone()).isEqualTo(ZoneId.of("Asia/Krasnoyarsk"));
        assertThat(stored.foundingDocument())
                .isEqualTo(new DocumentRef("Приказ о переименовании", "12/п", LocalDate.of(2024, 9, 2)));
        assertThat(stored.profile().description()).isEqualTo("Положение о клубе");
        assertThat(stored.profile().directions())
                .containsExactly(new WorkDirection("Методическое", List.of("семинары")));
        assertThat(stored.profile().partners())
                .containsExactly(new Partner(baseSite.getId(), PartnerRole.BASE_SITE, "Наставничество", null));
        assertThat(stored.profile().tutorFunctions())
                .containsExactly(new TutorFunctionStatement(TutorFunction.SUPPORTING, "сопровождает"));
        verify(publisher).publish(List.of(new CommunityRevised(stored.getId())));
    }

    @Test
    void givenNoTimeZoneNorExpectedVersion_revise_usesMoscowTimeAtAnyVersion() {
        Community krasnoyarsk = AggregateTestData.community(AggregateTestData.KRASNOYARSK);
        when(communities.findById(krasnoyarsk.getId())).thenReturn(Optional.of(krasnoyarsk));

        reviseCommunity.revise(
                new ReviseCommunityCommand(krasnoyarsk.getId(), "Клуб", null, null, ProfileInput.empty(), null));

        assertThat(krasnoyarsk.timeZone()).isEqualTo(Community.DEFAULT_TIME_ZONE);
        assertThat(krasnoyarsk.foundingDocument()).isNull();
        verify(communities).save(krasnoyarsk);
        verifyNoInteractions(organizations);
    }

    @Test
    void givenUnknownCommunity_revise_throwsNotFoundAndSavesNothing() {
        when(communities.findById(stored.getId())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> reviseCommunity.revise(command(null, ProfileInput.empty(), null)))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments())
                                .containsExactly("community", stored.getId().toString()));
        verify(communities, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenStaleVersion_revise_throwsConflictAndChangesNothing() {
        when(communities.findById(stored.getId())).thenReturn(Optional.of(stored));
        String name = stored.name();

        assertThatThrownBy(() -> reviseCommunity.revise(command(null, ProfileInput.empty(), stored.version() - 1)))
                .isInstanceOf(ConflictException.class);
        assertThat(stored.name()).isEqualTo(name);
        verify(communities, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenUnregisteredPartner_revise_throwsNotFoundNamingThePartnerAndChangesNothing() {
        when(communities.findById(stored.getId())).thenReturn(Optional.of(stored));
        when(organizations.findAllById(anyCollection())).thenReturn(List.of());

        assertThatThrownBy(() -> reviseCommunity.revise(command(null, profileWithBaseSite(), null)))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments())
                                .containsExactly(
                                        "organization", baseSite.getId().toString()));
        assertThat(stored.profile().partners()).isEmpty();
        verify(communities, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenUnknownTimeZone_revise_refusesNamingTimeZoneAndReadsNothing() {
        assertThatThrownBy(() -> reviseCommunity.revise(command("Mars/Olympus", ProfileInput.empty(), null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("timeZone"));
        verifyNoInteractions(communities, publisher);
    }

    @Test
    void givenNoCommunityBlankNameAndNoProfile_command_isRefusedNamingEachField() {
        assertThatThrownBy(() -> new ReviseCommunityCommand(null, " ", null, null, null, 3L))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactlyInAnyOrder("communityId", "name", "profile"));
    }
}
