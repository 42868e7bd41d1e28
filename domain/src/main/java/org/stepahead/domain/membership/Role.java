package org.stepahead.domain.membership;

/** A member's place in one community. */
public enum Role {
    MEMBER,
    COORDINATOR,
    TUTOR,
    TUTEE,
    EXPERT
}
