package org.stepahead.adapter.in.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;

/**
 * The whole service with its real security chain on a fresh in-memory store, the fixtures' administrator and a cheap
 * BCrypt cost, driven through MockMvc; one instance per class so that the fixtures are made once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = StepAheadWebApplication.class,
        properties = {
            "stepahead.storage=memory:",
            "stepahead.admin.user=" + SecurityFixtures.ADMIN,
            "stepahead.admin.password=" + SecurityFixtures.ADMIN_PASSWORD,
            "stepahead.security.bcrypt-strength=4"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface ApiSecurityTest {}
