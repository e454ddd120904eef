package app.emailrouting.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessTest {

  @Test
  void the_api_and_metrics_take_the_header_way_in() {
    for (String path :
        new String[] {"/api", "/api/routing-requests", "/metrics", "/metrics/base"}) {
      assertThat(Access.of(path)).as(path).isEqualTo(Access.API);
    }
  }

  @Test
  void the_simulator_is_apart() {
    assertThat(Access.of("/sandbox/oauth/token")).isEqualTo(Access.SIMULATOR);
  }

  @Test
  void only_health_openapi_the_login_page_and_faces_resources_are_open() {
    for (String path :
        new String[] {
          "/health",
          "/health/ready",
          "/openapi",
          "/login.xhtml",
          "/jakarta.faces.resource/x.css.xhtml"
        }) {
      assertThat(Access.of(path)).as(path).isEqualTo(Access.OPEN);
    }
  }

  @Test
  void everything_else_is_a_console_page_even_lookalikes() {
    for (String path :
        new String[] {
          "/",
          "/index.xhtml",
          "/requests.xhtml",
          "/Login.xhtml",
          "/login.xhtmlx",
          "/apix",
          "/API/routing-requests",
          "/healthz",
          "/sandboxes",
          "/resources/css/console.css",
          "/WEB-INF/web.xml",
          "/unknown"
        }) {
      assertThat(Access.of(path)).as(path).isEqualTo(Access.CONSOLE);
    }
  }
}
