package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {
  @Test
  void requestsBeyondTheLimitWaitTheirTurnAndAllAreAnswered() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch healthPassed = new CountDownLatch(1);
    Javalin app =
        Javalin.create(
                config -> {
                  config.jetty.modifyServer(server -> server.setHandler(WebApp.admission(2)));
                  config.routes.get(
                      "/api/search",
                      ctx -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        // long enough for every request to arrive while the first ones run
                        healthPassed.await(5, TimeUnit.SECONDS);
                        Thread.sleep(50);
                        running.decrementAndGet();
                        ctx.result("{}");
                      });
                  config.routes.get("/api/health", ctx -> ctx.result("ok"));
                })
            .start("127.0.0.1", 0);
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + app.port();
      List<CompletableFuture<HttpResponse<String>>> searches = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        searches.add(
            http.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/api/search")).build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      Thread.sleep(200);
      // health passes while the searches hold every turn
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      healthPassed.countDown();
      for (CompletableFuture<HttpResponse<String>> s : searches) {
        assertThat(s.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
      assertThat(most.get()).isEqualTo(2);
    } finally {
      app.stop();
    }
  }
}
