package org.stepahead.adapter.in.web.boot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security for this first part: HTTP Basic, one administrator taken from {@code STEPAHEAD_ADMIN_USER} /
 * {@code STEPAHEAD_ADMIN_PASSWORD} (or {@code stepahead.admin.user} / {@code stepahead.admin.password}) and
 * BCrypt-hashed at start. Health and the API description are open; everything under {@code /api} needs the
 * administrator. Without an administrator the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  static final String ROLE_ADMIN = "ADMIN";

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/error").permitAll()
            .requestMatchers("/api/**").hasRole(ROLE_ADMIN)
            .anyRequest().hasRole(ROLE_ADMIN))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService administrators(
      @Value("${stepahead.admin.user:}") String user,
      @Value("${stepahead.admin.password:}") String password,
      PasswordEncoder encoder) {
    if (user.isBlank() || password.isBlank()) {
      throw new AdministratorMissingException();
    }
    return new InMemoryUserDetailsManager(
        User.withUsername(user.strip()).password(encoder.encode(password)).roles(ROLE_ADMIN).build());
  }
}
