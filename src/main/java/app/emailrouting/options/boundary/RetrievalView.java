package app.emailrouting.options.boundary;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.OptionWarning;
import app.emailrouting.options.entity.OptionsRetrieval;
import app.emailrouting.options.entity.RetrievalState;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The last Retrieve Options as the API shows it: its state and progress, and the stored set's
 * retrievedAt, counts and warnings (those of the last successful retrieval).
 */
@JsonbNillable
@JsonbPropertyOrder({
  "state",
  "startedAt",
  "finishedAt",
  "progress",
  "error",
  "retrievedAt",
  "counts",
  "warnings"
})
public record RetrievalView(
    RetrievalState state,
    Instant startedAt,
    Instant finishedAt,
    Progress progress,
    String error,
    Instant retrievedAt,
    Map<OptionType, Long> counts,
    List<OptionWarning> warnings) {

  /** Pages and options read from Genesys Cloud so far by this retrieval. */
  public record Progress(int pages, long options) {}

  public static RetrievalView of(OptionsRetrieval retrieval) {
    return new RetrievalView(
        retrieval.state(),
        retrieval.startedAt(),
        retrieval.finishedAt(),
        new Progress(retrieval.pagesFetched(), retrieval.optionsFetched()),
        retrieval.error(),
        retrieval.retrievedAt(),
        retrieval.counts(),
        retrieval.warnings());
  }
}
