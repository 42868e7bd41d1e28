package org.stepahead.domain.community;

/**
 * What kind of professional community it is. {@link #SCHOOL_STAFF} stands for a community not founded yet: the
 * teaching staff of one organization working to that organization's own plan (an anniversary plan, a subject week).
 */
public enum CommunityKind {
    CLUB,
    NETWORK_SCHOOL,
    TUTOR_COMMUNITY,
    SUPPORT_CENTRE,
    PROFESSIONAL_COMMUNITY,
    METHODICAL_ASSOCIATION,
    SCHOOL_STAFF
}
