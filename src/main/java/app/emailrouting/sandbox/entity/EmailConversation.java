package app.emailrouting.sandbox.entity;

import java.time.Instant;

/** An email interaction the sandbox created: what a newcomer looks at to see an email routed. */
public record EmailConversation(String id, Instant createdAt, EmailRequest request) {

  public String selfUri() {
    return "/api/v2/conversations/emails/" + id;
  }
}
