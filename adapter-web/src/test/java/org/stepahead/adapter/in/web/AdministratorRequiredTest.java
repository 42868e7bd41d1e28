package org.stepahead.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;
import org.stepahead.adapter.in.web.security.AdministratorMissingException;

@ExtendWith(OutputCaptureExtension.class)
class AdministratorRequiredTest {

    @Test
    void givenNoAdministrator_start_refusesWithAClearMessage(CapturedOutput output) {
        assertThatThrownBy(() -> start("--stepahead.admin.user=", "--stepahead.admin.password="))
                .satisfies(e -> assertThat(rootCause(e))
                        .isInstanceOf(AdministratorMissingException.class)
                        .hasMessageContaining("STEPAHEAD_ADMIN_USER")
                        .hasMessageContaining("STEPAHEAD_ADMIN_PASSWORD"));
        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "No administrator configured",
                        "STEPAHEAD_ADMIN_USER=admin STEPAHEAD_ADMIN_PASSWORD=");
    }

    @Test
    void givenAUserWithoutPassword_start_refuses() {
        assertThatThrownBy(() -> start("--stepahead.admin.user=admin", "--stepahead.admin.password="))
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(AdministratorMissingException.class));
    }

    @Test
    void givenAnAdministrator_start_succeeds() {
        try (ConfigurableApplicationContext context =
                start("--stepahead.admin.user=admin", "--stepahead.admin.password=secret")) {
            Assertions.assertThat(context.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... admin) {
        String[] args = new String[admin.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--stepahead.storage=memory:";
        args[2] = "--spring.main.banner-mode=off";
        System.arraycopy(admin, 0, args, 3, admin.length);
        return StepAheadWebApplication.application().run(args);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
