package app.emailrouting.console.boundary;

import app.emailrouting.routing.control.ActivityBucket;
import app.emailrouting.routing.control.ActivitySeries;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The dashboard's routing activity chart: a Chart.js bar chart (PrimeFaces' {@code p:chart}) of
 * received, routed and failed requests per hour or per day, labelled in the console's language.
 */
record ActivityChart(ActivitySeries series, Locale locale) {

  /** The labels of the three series, in the console's language. */
  record Labels(String received, String routed, String failed) {}

  long received() {
    return total(ActivityBucket::received);
  }

  long routed() {
    return total(ActivityBucket::routed);
  }

  long failed() {
    return total(ActivityBucket::failed);
  }

  private long total(ToLongFunction<ActivityBucket> count) {
    return series.buckets().stream().mapToLong(count).sum();
  }

  /** The chart's Chart.js configuration, as JSON. */
  String json(Labels labels) {
    var format =
        DateTimeFormatter.ofPattern(series.daily() ? "d MMM" : "HH:mm", locale)
            .withZone(ZoneOffset.UTC);
    JsonArrayBuilder names = Json.createArrayBuilder();
    series.buckets().forEach(bucket -> names.add(format.format(bucket.start())));
    var datasets =
        Json.createArrayBuilder()
            .add(dataset(labels.received(), "#3b6ea5", ActivityBucket::received))
            .add(dataset(labels.routed(), "#1b6e3a", ActivityBucket::routed))
            .add(dataset(labels.failed(), "#b3261e", ActivityBucket::failed));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  private JsonObjectBuilder dataset(
      String label, String color, ToLongFunction<ActivityBucket> count) {
    var data = Json.createArrayBuilder();
    series.buckets().forEach(bucket -> data.add(count.applyAsLong(bucket)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", color)
        .add("data", data);
  }
}
