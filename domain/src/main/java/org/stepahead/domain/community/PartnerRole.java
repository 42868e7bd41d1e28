package org.stepahead.domain.community;

/** How an organization supports a community. */
public enum PartnerRole {
    SUPERVISING_AUTHORITY,
    RESOURCE,
    BASE_SITE,
    SOCIAL_PARTNER,
    PARTICIPANT
}
