package org.stepahead.adapter.in.web.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the pages: Russian by default, English when the browser's {@code Accept-Language} asks for it, and
 * whatever a {@code ?lang=en} / {@code ?lang=ru} link chose (kept in a cookie). API calls carry no such cookie, so
 * for them the language still follows {@code Accept-Language} alone.
 */
@Configuration(proxyBeanMethods = false)
public class UiConfiguration implements WebMvcConfigurer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("stepahead-lang");
        resolver.setDefaultLocaleFunction(
                request -> request.getHeader("Accept-Language") == null ? RUSSIAN : supported(request.getLocale()));
        return resolver;
    }

    /** English for any English tag, Russian for everything else. */
    static Locale supported(Locale requested) {
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : RUSSIAN;
    }

    /**
     * Days as a date input sends and shows them (2025-10-20), also where the binder knows only a value's type: a
     * record form that could not be built from every input is shown again from the values it read.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        DateTimeFormatterRegistrar days = new DateTimeFormatterRegistrar();
        days.setDateFormatter(DateTimeFormatter.ISO_LOCAL_DATE);
        days.registerFormatters(registry);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
