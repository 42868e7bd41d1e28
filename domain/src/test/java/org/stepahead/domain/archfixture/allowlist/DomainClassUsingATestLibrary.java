package org.stepahead.domain.archfixture.allowlist;

import org.assertj.core.api.Assertions;

/** Architecture fixture: a domain class that uses a library outside the allow-list (AssertJ). */
public class DomainClassUsingATestLibrary {

    public void check(String value) {
        Assertions.assertThat(value).isNotBlank();
    }
}
