/**
 * The Step Ahead model: aggregates, value objects, rules and domain events of professional communities of school
 * teachers. Plain Java; at run time it needs nothing but jMolecules' DDD and event types.
 */
module org.stepahead.domain {
    requires transitive org.jmolecules.ddd;
    requires transitive org.jmolecules.event;

    exports org.stepahead.domain.account;
    exports org.stepahead.domain.community;
    exports org.stepahead.domain.educator;
    exports org.stepahead.domain.event;
    exports org.stepahead.domain.membership;
    exports org.stepahead.domain.organization;
    exports org.stepahead.domain.program;
    exports org.stepahead.domain.shared;
}
