package org.stepahead.adapter.out.persistence.jdbc;

import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.stepahead.adapter.out.persistence.jdbc.MembershipChildRows.RegisterRow;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.membership.TutoringLink;

/** Persistence adapter: maps memberships between their snapshot and their rows. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface MembershipRows extends Ids {

    MembershipRows MAPPER = new MembershipRowsImpl();

    @Mapping(target = "consentGivenOn", source = "consent.givenOn")
    @Mapping(target = "consentBasis", source = "consent.basis")
    MembershipRow toRow(Membership.Snapshot snapshot);

    @Mapping(
            target = "consent",
            expression =
                    "java(new org.stepahead.domain.membership.Consent(" + "row.consentGivenOn(), row.consentBasis()))")
    Membership.Snapshot toSnapshot(MembershipRow row, Set<Role> roles, List<TutoringLink> tutors);

    @Mapping(target = "membershipId", source = "row.id")
    @Mapping(
            target = "name",
            expression =
                    "java(new org.stepahead.domain.shared.PersonName(row.surname(), row.givenName(), row.patronymic()))")
    MemberRegisterEntry toEntry(RegisterRow row, Set<Role> roles);
}
