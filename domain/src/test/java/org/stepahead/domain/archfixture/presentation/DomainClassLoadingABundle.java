package org.stepahead.domain.archfixture.presentation;

import java.util.Locale;
import java.util.ResourceBundle;

/** Architecture fixture: a domain class that reads its texts from a message bundle. */
public class DomainClassLoadingABundle {

    public String text(String key, Locale locale) {
        return ResourceBundle.getBundle("org.stepahead.domain.messages", locale).getString(key);
    }
}
