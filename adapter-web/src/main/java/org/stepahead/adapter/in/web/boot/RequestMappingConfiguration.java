package org.stepahead.adapter.in.web.boot;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC's request mapping with the path asked first ({@link PathFirstRequestMapping}). */
@Configuration(proxyBeanMethods = false)
public class RequestMappingConfiguration {

    @Bean
    WebMvcRegistrations pathFirstRequestMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstRequestMapping();
            }
        };
    }
}
