package org.stepahead.adapter.in.web.ui;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
