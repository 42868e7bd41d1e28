package org.stepahead.adapter.in.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

class PathFirstRequestMappingTest {

    private final PathFirstRequestMapping mapping = new PathFirstRequestMapping();
    private final RequestMappingInfo programOverview = RequestMappingInfo.paths("/api/v1/programs/{programId}")
            .methods(RequestMethod.GET)
            .build();

    @Test
    void aMappingForAnotherPathIsTurnedAwayWithoutReadingTheMethodOrTheHeaders() {
        MockHttpServletRequest request = spy(request("GET", "/api/v1/communities/7"));

        assertThat(mapping.getMatchingMapping(programOverview, request)).isNull();
        verify(request, never()).getMethod();
        verify(request, never()).getHeader("Origin");
    }

    @Test
    void theMatchingMappingIsFoundAsSpringFindsIt() {
        MockHttpServletRequest request = request("GET", "/api/v1/programs/2799deac-414f-4792-8edd-13164e6cbe74");

        RequestMappingInfo found = mapping.getMatchingMapping(programOverview, request);

        assertThat(found)
                .isNotNull()
                .isEqualTo(
                        new RequestMappingHandlerMapping() {
                            RequestMappingInfo match() {
                                return getMatchingMapping(programOverview, request);
                            }
                        }.match());
    }

    @Test
    void theRightPathWithAnotherMethodStillDoesNotMatch() {
        assertThat(mapping.getMatchingMapping(programOverview, request("DELETE", "/api/v1/programs/7")))
                .isNull();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
