package app.emailrouting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * P6, start to ready and resident memory idle: {@code src/bench/startup.sh}, which starts the
 * service (embedded H2, the sandbox) and a bare Payara Micro with the same options in turn, three
 * times each, and prints the medians.
 */
class StartupBench {

  private static final Pattern READY =
      Pattern.compile("start-to-ready: service ([0-9.]+) s, bare ([0-9.]+) s");
  private static final Pattern MEMORY =
      Pattern.compile("resident memory: service ([0-9.]+) MiB, bare ([0-9.]+) MiB");

  @Test
  void start_and_memory_against_a_bare_payara_micro() throws Exception {
    var builder = new ProcessBuilder("bash", "src/bench/startup.sh").redirectErrorStream(true);
    builder.environment().put("SKIP_BUILD", "1");
    builder.environment().put("RUNS", System.getProperty("bench.startup.runs", "3"));
    Process script = builder.start();
    String output = new String(script.getInputStream().readAllBytes());
    System.out.print(output);
    assertThat(script.waitFor()).as(output).isZero();

    var ready = READY.matcher(output);
    var memory = MEMORY.matcher(output);
    assertThat(ready.find() && memory.find()).as(output).isTrue();
    addAgainstBare("P6 start to ready", ready, "s", 2);
    addAgainstBare("P6 resident memory, idle", memory, "MiB", 1.3);
  }

  /** One figure: the service (group 1) against the bare Payara Micro (group 2), at most a ratio. */
  private static void addAgainstBare(
      String figure, java.util.regex.Matcher measured, String unit, double mostRatio) {
    double service = Double.parseDouble(measured.group(1));
    double bare = Double.parseDouble(measured.group(2));
    BenchTable.add(
        new BenchTable.Row(
            figure,
            BenchTable.number(service, unit),
            BenchTable.number(bare, unit + " (bare Payara Micro)"),
            BenchTable.ratio(service, bare),
            "<= " + mostRatio + "x",
            service <= mostRatio * bare));
  }
}
