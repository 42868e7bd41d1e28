package org.stepahead.application.port.in.transfer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The import's problems and warnings in Russian (the default bundle) and English. */
final class ImportMessages {

    private static final String BUNDLE = "org.stepahead.application.port.in.transfer.messages";

    private ImportMessages() {}

    static ResourceBundle bundle(Locale locale) {
        Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String format(String code, Locale locale, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        Locale shown = locale == null ? Locale.ROOT : locale;
        return new MessageFormat(bundle.getString(code), shown).format(arguments);
    }
}
