package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.SandboxData;
import java.util.List;

/** What the admin sees of the sandbox: its options, its fault switches, the emails it created. */
public record SandboxState(
    SandboxData data, FaultSwitches faults, List<EmailConversation> conversations) {}
