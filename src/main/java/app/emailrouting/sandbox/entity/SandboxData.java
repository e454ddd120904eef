package app.emailrouting.sandbox.entity;

import java.util.List;
import java.util.Optional;

/**
 * The routing options of the simulated organization. Immutable: an edit replaces the whole
 * snapshot, so that concurrent routing calls always read one consistent set.
 */
public record SandboxData(
    List<Queue> queues,
    List<Skill> skills,
    List<Language> languages,
    List<InboundEmailFlow> flows) {

  public SandboxData {
    queues = List.copyOf(queues);
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
    flows = List.copyOf(flows);
  }

  public Optional<Queue> queue(String id) {
    return queues.stream().filter(queue -> queue.id().equals(id)).findFirst();
  }

  public Optional<Skill> skill(String id) {
    return skills.stream().filter(skill -> skill.id().equals(id)).findFirst();
  }

  public Optional<Language> language(String id) {
    return languages.stream().filter(language -> language.id().equals(id)).findFirst();
  }

  public Optional<InboundEmailFlow> flow(String id) {
    return flows.stream().filter(flow -> flow.id().equals(id)).findFirst();
  }

  public SandboxData withQueues(List<Queue> replacement) {
    return new SandboxData(replacement, skills, languages, flows);
  }

  public SandboxData withSkills(List<Skill> replacement) {
    return new SandboxData(queues, replacement, languages, flows);
  }

  public SandboxData withLanguages(List<Language> replacement) {
    return new SandboxData(queues, skills, replacement, flows);
  }

  public SandboxData withFlows(List<InboundEmailFlow> replacement) {
    return new SandboxData(queues, skills, languages, replacement);
  }

  /** The queues without this one: deleted in Genesys Cloud, it is a stale queue. */
  public List<Queue> queuesWithout(String id) {
    return queues.stream().filter(queue -> !queue.id().equals(id)).toList();
  }

  /** The queues with this one renamed: its id, which routing requests hold, still routes. */
  public List<Queue> queuesRenamed(String id, String name) {
    return queues.stream()
        .map(queue -> queue.id().equals(id) ? new Queue(id, name, queue.division()) : queue)
        .toList();
  }
}
