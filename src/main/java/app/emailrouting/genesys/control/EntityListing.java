package app.emailrouting.genesys.control;

import java.util.List;

/**
 * One page of a Genesys listing ({@code QueueEntityListing}, {@code SkillEntityListing}, ... in the
 * SDK): they share this shape, and the members Retrieve Options reads of their entities.
 */
public record EntityListing(
    List<ListedEntity> entities,
    Integer pageSize,
    Integer pageNumber,
    Long total,
    Integer pageCount) {

  public List<ListedEntity> entitiesOrEmpty() {
    return entities == null ? List.of() : entities;
  }

  /** Whether a page follows this one; a listing without {@code pageCount} has none. */
  public boolean hasNextPage() {
    return pageNumber != null && pageCount != null && pageNumber < pageCount;
  }

  /**
   * A queue, skill, language or flow: skills and languages have {@code state}, flows {@code
   * active}, {@code deleted} and {@code publishedVersion} (none for a flow never published, which
   * cannot take email), queues none of them.
   */
  public record ListedEntity(
      String id,
      String name,
      String state,
      Boolean active,
      Boolean deleted,
      FlowVersion publishedVersion) {}

  /** The published version of a flow ({@code publishedVersion} in the SDK's {@code Flow}). */
  public record FlowVersion(String id, String name) {}
}
