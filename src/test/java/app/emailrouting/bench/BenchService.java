package app.emailrouting.bench;

import app.emailrouting.reliability.ReliabilitySettings;
import app.emailrouting.reliability.ServiceInstance;
import java.util.Map;

/** The service a benchmark measures: one instance, the reliability suites' set-up. */
final class BenchService {

  private BenchService() {}

  /** Started and ready, on the bench schema, with these configuration options. */
  static ServiceInstance start(Map<String, String> options) {
    return ServiceInstance.start(
        ReliabilitySettings.instance(
            "bench", 0, ReliabilitySettings.dbUrl(), ReliabilitySettings.secretKey(), options));
  }
}
