package app.emailrouting.failedrequests.control;

import app.emailrouting.routing.entity.FailureReason;
import java.time.Instant;

/**
 * Failed requests with one failure reason and Genesys code: how many, when first and last seen, and
 * the newest of them as the example.
 */
public record FailureGroup(
    FailureReason failureReason,
    String code,
    long count,
    Instant firstSeen,
    Instant lastSeen,
    long exampleRequestId) {}
