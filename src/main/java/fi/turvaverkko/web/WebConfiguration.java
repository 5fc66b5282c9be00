package fi.turvaverkko.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    /**
     * Every bundle in messages/ (messages_fi.properties, audit_fi.properties, …: one per module, so that modules add
     * their texts without touching each other's files), in fi, sv and en. Finnish when a language has no bundle.
     */
    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(LanguageResolver.FINNISH);
        return messages;
    }

    static String[] basenames() {
        try {
            var bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_fi.properties");
            return Arrays.stream(bundles)
                    .map(resource -> "messages/" + resource.getFilename().replace("_fi.properties", ""))
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
