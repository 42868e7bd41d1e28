package org.stepahead.adapter.in.web.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start refused for want of an administrator in one clear message instead of a stack trace. */
class AdministratorMissingFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorMissingException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Start again with, for example: STEPAHEAD_ADMIN_USER=admin STEPAHEAD_ADMIN_PASSWORD='a long secret' "
                        + "java -jar adapter-web/target/stepahead-web.jar",
                cause);
    }
}
