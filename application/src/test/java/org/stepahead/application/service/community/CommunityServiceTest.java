package org.stepahead.application.service.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
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
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.AggregateTestData;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityFounded;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.Partner;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;

class CommunityServiceTest {

    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
    private final UseCaseRunner runner = new UseCaseRunner(uow, publisher);
    private final FoundCommunityService foundCommunity = new FoundCommunityService(runner, communities, organizations);
    private final GetCommunityService getCommunity = new GetCommunityService(runner, communities, organizations);
    private final ListCommunitiesService listCommunities =
            new ListCommunitiesService(runner, communities, organizations);

    private final Organization coordinator = AggregateTestData.organization("МБУДО «ЦВР»");
    private final Organization baseSite = AggregateTestData.organization("МБОУ СШ № 1");

    private static FoundCommunityCommand command(
            OrganizationId coordinator, String timeZone, DocumentInput document, ProfileInput profile) {
        return new FoundCommunityCommand(
                "Клуб «Классный классный»",
                CommunityKind.CLUB,
                CommunityLevel.MUNICIPAL,
                coordinator,
                document,
                timeZone,
                profile);
    }

    private ProfileInput profileWithBaseSite() {
        return new ProfileInput(
                "Поддержка классных руководителей",
                List.of("Обмен опытом"),
                List.of(new FunctionInput(CommunityFunction.COORDINATING, "координирует работу")),
                List.of("Добровольность"),
                List.of(),
                List.of(Form.MEETING),
                List.of("Участвовать в заседаниях"),
                List.of(new PartnerInput(baseSite.getId(), PartnerRole.BASE_SITE, "Наставничество", null)));
    }

    @Test
    void givenRegisteredOrganizations_found_savesTheCommunityWithItsProfileAndReturnsTheId() {
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(coordinator, baseSite));

        CommunityId id = foundCommunity.found(command(
                coordinator.getId(),
                " Asia/Krasnoyarsk ",
                new DocumentInput("Приказ", "288/п", LocalDate.of(2023, 6, 14)),
                profileWithBaseSite()));

        ArgumentCaptor<Community> saved = ArgumentCaptor.forClass(Community.class);
        verify(communities).save(saved.capture());
        Community community = saved.getValue();
        assertThat(community.getId()).isEqualTo(id);
        assertThat(community.name()).isEqualTo("Клуб «Классный классный»");
        assertThat(community.kind()).isEqualTo(CommunityKind.CLUB);
        assertThat(community.level()).isEqualTo(CommunityLevel.MUNICIPAL);
        assertThat(community.coordinatingOrganization()).isEqualTo(coordinator.getId());
        assertThat(community.timeZone()).isEqualTo(ZoneId.of("Asia/Krasnoyarsk"));
        assertThat(community.foundingDocument())
                .isEqualTo(new DocumentRef("Приказ", "288/п", LocalDate.of(2023, 6, 14)));
        CommunityProfile profile = community.profile();
        assertThat(profile.goal()).isEqualTo("Поддержка классных руководителей");
        assertThat(profile.forms()).containsExactly(Form.MEETING);
        assertThat(profile.partners())
                .containsExactly(new Partner(baseSite.getId(), PartnerRole.BASE_SITE, "Наставничество", null));
        verify(publisher).publish(List.of(new CommunityFounded(id, "Клуб «Классный классный»", coordinator.getId())));
    }

    @Test
    void givenNoTimeZone_found_usesMoscowTime() {
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(coordinator));

        foundCommunity.found(command(coordinator.getId(), null, null, ProfileInput.empty()));

        ArgumentCaptor<Community> saved = ArgumentCaptor.forClass(Community.class);
        verify(communities).save(saved.capture());
        assertThat(saved.getValue().timeZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(saved.getValue().foundingDocument()).isNull();
    }

    @Test
    void givenUnknownTimeZone_found_refusesNamingTimeZoneAndSavesNothing() {
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(coordinator));

        assertThatThrownBy(() ->
                        foundCommunity.found(command(coordinator.getId(), "Mars/Olympus", null, ProfileInput.empty())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("timeZone", "неизвестный часовой пояс «Mars/Olympus»"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly("timeZone: unknown time zone \"Mars/Olympus\"");
                });
        verify(communities, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenUnregisteredPartner_found_throwsNotFoundNamingThePartnerAndSavesNothing() {
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(coordinator));

        assertThatThrownBy(() -> foundCommunity.found(command(coordinator.getId(), null, null, profileWithBaseSite())))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments())
                                .containsExactly(
                                        "organization", baseSite.getId().toString()));
        verify(communities, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenFoundingDocumentWithoutTitleAndNoProfile_found_refusesNamingTheNestedFields() {
        assertThatThrownBy(() -> foundCommunity.found(
                        command(coordinator.getId(), null, new DocumentInput(" ", "288/п", null), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(
                                    tuple("foundingDocument.title", "поле не должно быть пустым"),
                                    tuple("profile", "обязательное поле не заполнено"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly(
                                    "foundingDocument.title: must not be blank", "profile: a value is required");
                });
        verifyNoInteractions(communities, organizations, publisher);
    }

    @Test
    void givenBlankPartnerTheme_found_refusesNamingTheListElement() {
        ProfileInput profile = new ProfileInput(
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new PartnerInput(baseSite.getId(), null, null, null)));

        assertThatThrownBy(() -> foundCommunity.found(command(coordinator.getId(), null, null, profile)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("profile.partners[0].role"));
        verifyNoInteractions(communities);
    }

    @Test
    void givenFunctionNamedTwice_found_propagatesTheDomainRefusalAndSavesNothing() {
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(coordinator));
        ProfileInput profile = new ProfileInput(
                null,
                List.of(),
                List.of(
                        new FunctionInput(CommunityFunction.RESOURCE, null),
                        new FunctionInput(CommunityFunction.RESOURCE, "ещё раз")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        assertThatThrownBy(() -> foundCommunity.found(command(coordinator.getId(), null, null, profile)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("community.functionTwice"));
        verify(communities, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenStoredCommunity_get_mapsItWithTheOrganizationsNames() {
        Community stored = AggregateTestData.stored(Community.found(
                CommunityId.random(),
                "Сообщество тьюторов",
                CommunityKind.TUTOR_COMMUNITY,
                CommunityLevel.REGIONAL,
                coordinator.getId(),
                null,
                ZoneId.of("Asia/Krasnoyarsk"),
                new CommunityProfile(
                        "Цель",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new Partner(baseSite.getId(), PartnerRole.RESOURCE, null, null)))));
        when(communities.findById(stored.getId())).thenReturn(Optional.of(stored));
        when(organizations.findAllById(anyCollection())).thenReturn(List.of(coordinator, baseSite));

        CommunityView view = getCommunity.get(stored.getId());

        assertThat(view.id()).isEqualTo(stored.getId());
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.coordinatingOrganizationName()).isEqualTo("МБУДО «ЦВР»");
        assertThat(view.timeZone()).isEqualTo("Asia/Krasnoyarsk");
        assertThat(view.goal()).isEqualTo("Цель");
        assertThat(view.partners())
                .containsExactly(new CommunityView.PartnerView(
                        baseSite.getId(), "МБОУ СШ № 1", PartnerRole.RESOURCE, null, null));
    }

    @Test
    void givenUnknownId_get_throwsNotFound() {
        CommunityId unknown = CommunityId.random();
        when(communities.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> getCommunity.get(unknown))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("community", unknown.toString()));
    }

    @Test
    void givenCommunities_list_sortsThemByName() {
        Community b = renamed("Школа наставников");
        Community a = renamed("Ассоциация педагогов");
        when(communities.findAll()).thenReturn(List.of(b, a));
        when(organizations.findAllById(anyCollection())).thenReturn(List.of());

        assertThat(listCommunities.list())
                .extracting(CommunityView::name)
                .containsExactly("Ассоциация педагогов", "Школа наставников");
    }

    @Test
    void givenThreeCommunities_listingPagesOfTwoFromYaToA_answersTheRightSliceWithTheTotal() {
        when(communities.findAll())
                .thenReturn(List.of(renamed("Школа наставников"), renamed("Ассоциация педагогов"), renamed("Клуб")));
        when(organizations.findAllById(anyCollection())).thenReturn(List.of());

        Page<CommunityView> first = listCommunities.list(new PageQuery(0, 2, true));
        Page<CommunityView> second = listCommunities.list(new PageQuery(1, 2, true));

        assertThat(first.items()).extracting(CommunityView::name).containsExactly("Школа наставников", "Клуб");
        assertThat(second.items()).extracting(CommunityView::name).containsExactly("Ассоциация педагогов");
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void givenANegativePage_listing_isRefusedNamingThePageAndReadsNothing() {
        assertThatThrownBy(() -> listCommunities.list(new PageQuery(-1, 2, false)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("page"));
        verifyNoInteractions(communities);
    }

    private static Community renamed(String name) {
        return AggregateTestData.stored(Community.found(
                CommunityId.random(),
                name,
                CommunityKind.CLUB,
                CommunityLevel.SCHOOL,
                OrganizationId.random(),
                null,
                null,
                null));
    }
}
