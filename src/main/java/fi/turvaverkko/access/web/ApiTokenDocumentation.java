package fi.turvaverkko.access.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API description names API tokens as a second way to sign in, next to HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class ApiTokenDocumentation {

    @Bean
    OpenApiCustomizer bearerTokens() {
        return api -> api.getComponents().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API token (tvk_...) created on the page /account/tokens or with POST /api/me/tokens."));
    }
}
