package org.stepahead.domain.community;

/** What kind of professional community it is. */
public enum CommunityKind {
    CLUB,
    NETWORK_SCHOOL,
    TUTOR_COMMUNITY,
    SUPPORT_CENTRE,
    PROFESSIONAL_COMMUNITY,
    METHODICAL_ASSOCIATION
}
