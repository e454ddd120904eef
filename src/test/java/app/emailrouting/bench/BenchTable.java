package app.emailrouting.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run, each beside its baseline: printed as they come and appended as
 * rows of one Markdown table to {@code target/bench/results.md}, which src/docs/BENCHMARKS.md
 * copies.
 */
final class BenchTable {

  static final Path RESULTS = Path.of("target", "bench", "results.md");

  static {
    try {
      Files.deleteIfExists(RESULTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BenchTable() {}

  /**
   * One figure: what the service did, what the baseline did, their ratio and the goal, whether it
   * was met (null for a figure with no goal of its own).
   */
  record Row(
      String figure, String measured, String baseline, String ratio, String goal, Boolean met) {

    String markdown() {
      String verdict = met == null ? "-" : met ? "met" : "not met";
      return "| %s | %s | %s | %s | %s | %s |"
          .formatted(figure, measured, baseline, ratio, goal, verdict);
    }
  }

  static synchronized void add(Row row) {
    System.out.println("BENCH " + row.markdown());
    try {
      Files.createDirectories(RESULTS.getParent());
      if (!Files.exists(RESULTS)) {
        Files.writeString(
            RESULTS,
            "Run of "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ", "
                + Runtime.getRuntime().availableProcessors()
                + " processors\n\n"
                + "| figure | service | baseline | ratio | goal | |\n"
                + "|---|---|---|---|---|---|\n");
      }
      Files.writeString(RESULTS, row.markdown() + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A series beside the results, as CSV (src/docs/BENCHMARKS.md plots it). */
  static void csv(String name, String header, List<String> rows) {
    var lines = new ArrayList<String>(List.of(header));
    lines.addAll(rows);
    try {
      Files.createDirectories(RESULTS.getParent());
      Files.write(RESULTS.resolveSibling(name), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String number(double value, String unit) {
    return String.format(Locale.ROOT, "%,.1f %s", value, unit);
  }

  static String ratio(double service, double baseline) {
    return baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", service / baseline);
  }
}
