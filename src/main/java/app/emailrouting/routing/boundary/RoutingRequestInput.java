package app.emailrouting.routing.boundary;

import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/routing-requests}. A class with public fields rather than a record:
 * Payara's OpenAPI scanner fails on constraints on a record's constructor parameters. (Field-level
 * {@code @Schema} is left out too: Payara writes its defaults, such as maxProperties 0, into the
 * document; the operation's description and example say what each field is.) Limits keep every
 * request far below the 512,000 bytes Genesys Cloud accepts in one call. Blank ids count as absent,
 * so that a CRM flow that could not read a queue is recorded as missing a queue rather than sent
 * with an empty one.
 */
public class RoutingRequestInput {

  @NotNull
  @Size(min = 1, max = 255)
  public String externalId;

  @Size(max = RoutingOptions.ID_LENGTH)
  public String queueId;

  @Size(max = RoutingOptions.ID_LENGTH)
  public String flowId;

  @Size(max = RoutingOptions.MAX_SKILLS)
  public List<@NotBlank @Size(max = RoutingOptions.ID_LENGTH) String> skillIds;

  @Size(max = RoutingOptions.ID_LENGTH)
  public String languageId;

  @PositiveOrZero public Integer priority;

  @Size(max = 2048)
  public String screenPopId;

  @Size(max = 50)
  public Map<@NotBlank @Size(max = 255) String, @NotNull @Size(max = 2000) String> attributes;

  @Size(min = 1, max = 255)
  @Pattern(
      regexp = "(?!PureCloud Email$).*",
      message = "PureCloud Email is reserved by Genesys Cloud")
  public String provider;

  @Size(max = 2000)
  public String subject;

  @Size(max = 320)
  public String fromAddress;

  @Size(max = 255)
  public String fromName;

  @Size(max = 320)
  public String toAddress;

  @Size(max = 255)
  public String toName;

  RoutingRequest toRoutingRequest(Instant now) {
    var options =
        new RoutingOptions(
            present(queueId), present(flowId), skillIds, present(languageId), priority);
    var email =
        new EmailDetails(
            provider,
            subject,
            fromAddress,
            fromName,
            toAddress,
            toName,
            present(screenPopId),
            attributes);
    return RoutingRequest.receive(externalId, options, email, now);
  }

  private static String present(String id) {
    return id == null || id.isBlank() ? null : id.strip();
  }
}
