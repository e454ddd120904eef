package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.control.ActivityBucket;
import app.emailrouting.routing.control.ActivitySeries;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActivityChartTest {

  private static final ActivityChart.Labels ENGLISH =
      new ActivityChart.Labels("Received", "Routed", "Failed");

  @Test
  void hours_are_labelled_with_the_time_and_each_series_has_one_count_per_bucket() {
    var series =
        new ActivitySeries(
            Instant.parse("2026-11-27T08:00:00Z"),
            Instant.parse("2026-11-27T10:00:00Z"),
            "hour",
            List.of(
                new ActivityBucket(Instant.parse("2026-11-27T08:00:00Z"), 5, 3, 2),
                new ActivityBucket(Instant.parse("2026-11-27T09:00:00Z"), 1, 0, 4)));
    var chart = new ActivityChart(series, Locale.ENGLISH);

    JsonObject json = parse(chart.json(ENGLISH));

    assertThat(json.getString("type")).isEqualTo("bar");
    var data = json.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("08:00", "09:00");
    var datasets = data.getJsonArray("datasets");
    assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Received");
    assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[5,1]");
    assertThat(datasets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[3,0]");
    assertThat(datasets.getJsonObject(2).getString("label")).isEqualTo("Failed");
    assertThat(datasets.getJsonObject(2).getJsonArray("data").toString()).isEqualTo("[2,4]");
    assertThat(chart.received()).isEqualTo(6);
    assertThat(chart.routed()).isEqualTo(3);
    assertThat(chart.failed()).isEqualTo(6);
  }

  @Test
  void days_are_labelled_with_the_date_in_the_consoles_language() {
    var series =
        new ActivitySeries(
            Instant.parse("2026-11-27T00:00:00Z"),
            Instant.parse("2026-11-28T00:00:00Z"),
            "day",
            List.of(new ActivityBucket(Instant.parse("2026-11-27T00:00:00Z"), 0, 0, 0)));

    var french = parse(new ActivityChart(series, Locale.FRENCH).json(ENGLISH));

    assertThat(french.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("27 nov.");
  }

  private static JsonObject parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
