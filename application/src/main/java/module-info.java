/**
 * Step Ahead's use cases: the incoming ports (use-case interfaces, their commands, queries and read models), the
 * outgoing ports a store or calendar writer implements, and {@link org.stepahead.application.StepAhead}, which
 * builds every use case from a storage and a clock. The services behind the ports are not exported. The
 * module is open: Jakarta Validation reads the constraints of commands and queries reflectively.
 */
open module org.stepahead.application {
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

    uses org.stepahead.application.port.out.StorageProvider;
    uses org.stepahead.application.port.out.CalendarWriter;
}
