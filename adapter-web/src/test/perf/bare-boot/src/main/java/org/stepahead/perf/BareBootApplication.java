package org.stepahead.perf;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The baseline: a Spring Boot web application with one trivial JSON endpoint. */
@SpringBootApplication
@RestController
public class BareBootApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareBootApplication.class, args);
    }

    @GetMapping("/ping")
    Map<String, String> ping() {
        return Map.of("status", "ok");
    }
}
