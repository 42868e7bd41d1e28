package org.stepahead.domain.community;

/** Catalogue: the seven functions a community performs for the municipal education system. */
public enum CommunityFunction {
    STRATEGIC,
    REGULATORY,
    RESOURCE,
    REGLEMENTING,
    MONITORING,
    ANALYTICAL,
    COORDINATING
}
