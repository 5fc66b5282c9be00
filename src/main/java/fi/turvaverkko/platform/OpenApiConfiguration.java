package fi.turvaverkko.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The description of the REST API at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI turvaverkkoApi() {
        return new OpenAPI()
                .info(new Info().title("Turvaverkko API").version("1")
                        .description("Local safety planning and a joint situational picture. Errors are RFC 9457 "
                                + "application/problem+json. Reading areas needs no account; everything else needs HTTP Basic "
                                + "with a local account. District boundaries: © Helsingin kaupunki (kaupunkimittauspalvelut), "
                                + "CC BY 4.0; capital region major districts © HSY / Helsingin seudun kunnat, CC BY 4.0; "
                                + "municipalities © Maanmittauslaitos, CC BY 4.0.")
                        .license(new License().name("Data: CC BY 4.0").url("https://creativecommons.org/licenses/by/4.0/")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
