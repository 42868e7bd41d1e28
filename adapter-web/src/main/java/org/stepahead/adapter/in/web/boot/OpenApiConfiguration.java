package org.stepahead.adapter.in.web.boot;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.stepahead.adapter.in.web.common.ExpectedVersion;

/**
 * The API description served at {@code /v3/api-docs}: title, HTTP Basic or a bearer API token as the security schemes,
 * and request examples from the seed documents ({@link OpenApiExamples}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI stepAheadOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Step Ahead API")
                        .version("v1")
                        .description(
                                "Professional communities of school teachers: organizations, educators, communities, "
                                        + "members and tutoring, programs with stages, activities, results and indicators, events. "
                                        + "Errors are RFC 9457 problem details; GET of a program, member or event carries an ETag, "
                                        + "updates take If-Match."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token from POST /api/v1/account/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer stepAheadExamples() {
        return new OpenApiExamples();
    }

    /** An update that takes an {@link ExpectedVersion} shows it as what it is: the optional If-Match header. */
    @Bean
    OperationCustomizer ifMatchHeader() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == ExpectedVersion.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(HttpHeaders.IF_MATCH)
                        .required(false)
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
