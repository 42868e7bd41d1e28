package org.stepahead.adapter.in.web.security;

/** Failure at start: no administrator is configured, so the service refuses to run without any way in. */
public class AdministratorMissingException extends IllegalStateException {

    static final String MESSAGE =
            "No administrator configured, and the store holds none: set STEPAHEAD_ADMIN_USER and STEPAHEAD_ADMIN_PASSWORD "
                    + "(or the properties stepahead.admin.user and stepahead.admin.password). "
                    + "Step Ahead has no default password.";

    public AdministratorMissingException() {
        super(MESSAGE);
    }
}
