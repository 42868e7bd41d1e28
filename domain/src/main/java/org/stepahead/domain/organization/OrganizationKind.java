package org.stepahead.domain.organization;

/** What kind of body an organization is. */
public enum OrganizationKind {
    SCHOOL,
    LYCEUM,
    GYMNASIUM,
    SUPPORT_CENTRE,
    ADDITIONAL_EDUCATION,
    EDUCATION_AUTHORITY,
    UNIVERSITY,
    PUBLIC_ORGANIZATION,
    OTHER
}
