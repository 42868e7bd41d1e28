package org.stepahead.adapter.in.web.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web service: the REST API over the use cases, on the storage named by {@code stepahead.storage}. */
@SpringBootApplication(scanBasePackages = "org.stepahead.adapter.in.web")
public class StepAheadWebApplication {

  public static void main(String[] args) {
    application().run(args);
  }

  /** The service as {@link #main} starts it: the storage opens while the rest is built ({@link StorageOpening}). */
  public static SpringApplication application() {
    SpringApplication application = new SpringApplication(StepAheadWebApplication.class);
    application.addListeners(new StorageOpening());
    return application;
  }
}
