package org.stepahead.adapter.in.web.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web service: the REST API over the use cases, on the storage named by {@code stepahead.storage}. */
@SpringBootApplication(scanBasePackages = "org.stepahead.adapter.in.web")
public class StepAheadWebApplication {

  public static void main(String[] args) {
    SpringApplication.run(StepAheadWebApplication.class, args);
  }
}
