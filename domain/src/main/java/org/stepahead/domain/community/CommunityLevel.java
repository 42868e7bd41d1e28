package org.stepahead.domain.community;

/** How far a community reaches: one school, a municipality or a region. */
public enum CommunityLevel {
    SCHOOL,
    MUNICIPAL,
    REGIONAL
}
