/**
 * Step Ahead's use cases: the incoming ports (use-case interfaces, their commands, queries and read models), the
 * outgoing ports a store or calendar writer implements, and {@link org.stepahead.application.StepAhead}, which
 * builds every use case from a storage and a clock. The services behind the ports are not exported.
 */
module org.stepahead.application {
    requires transitive org.stepahead.domain;
    requires transitive jakarta.validation;

    exports org.stepahead.application;
    exports org.stepahead.application.port.in;
    exports org.stepahead.application.port.in.access;
    exports org.stepahead.application.port.in.account;
    exports org.stepahead.application.port.in.calendar;
    exports org.stepahead.application.port.in.community;
    exports org.stepahead.application.port.in.educator;
    exports org.stepahead.application.port.in.event;
    exports org.stepahead.application.port.in.health;
    exports org.stepahead.application.port.in.membership;
    exports org.stepahead.application.port.in.organization;
    exports org.stepahead.application.port.in.program;
    exports org.stepahead.application.port.in.transfer;
    exports org.stepahead.application.port.out;

    // Jakarta Validation reads the constraints of commands and queries reflectively.
    opens org.stepahead.application.port.in;
    opens org.stepahead.application.port.in.access;
    opens org.stepahead.application.port.in.account;
    opens org.stepahead.application.port.in.calendar;
    opens org.stepahead.application.port.in.community;
    opens org.stepahead.application.port.in.educator;
    opens org.stepahead.application.port.in.event;
    opens org.stepahead.application.port.in.health;
    opens org.stepahead.application.port.in.membership;
    opens org.stepahead.application.port.in.organization;
    opens org.stepahead.application.port.in.program;
    opens org.stepahead.application.port.in.transfer;

    uses org.stepahead.application.port.out.StorageProvider;
    uses org.stepahead.application.port.out.CalendarWriter;
}
