package flotilla.model.edit;

import java.util.ArrayList;
import java.util.List;

import flotilla.model.ConfigReference;
import flotilla.model.Healthcheck;
import flotilla.model.Label;
import flotilla.model.ModelPackage;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;
import flotilla.model.Node;
import flotilla.model.PublishMode;
import flotilla.model.PublishedPort;
import flotilla.model.Resources;
import flotilla.model.RestartPolicy;
import flotilla.model.SecretReference;
import flotilla.model.Service;
import flotilla.model.UpdateConfig;
import flotilla.model.text.Quantities;
import flotilla.observed.ClusterState;
import flotilla.observed.NetworkInstance;
import flotilla.observed.NodeStatus;
import flotilla.observed.Task;
import flotilla.observed.TaskAttachment;

/**
 * The part of a tree label after the type, for the elements whose single label feature would say too little:
 * {@code zone=east}, {@code 8080->80/tcp}, {@code web.2 running on worker1}. The item providers' getText
 * (marked {@code @generated NOT}) call these.
 */
public final class ItemLabels
{
  private ItemLabels()
  {
  }

  /** The type, then the detail when there is one, as EMF's generated labels read. */
  public static String withType(String type, String detail)
  {
    return detail == null || detail.isEmpty() ? type : type + " " + detail;
  }

  public static String label(Label label)
  {
    return label.getKey() == null ? "" : label.getKey() + "=" + (label.getValue() == null ? "" : label.getValue());
  }

  public static String resources(Resources resources)
  {
    return Quantities.resources(resources);
  }

  /** As {@code docker service ls} prints it: {@code 8080->80/tcp}, {@code *:80/tcp} when swarm picks the port. */
  public static String port(PublishedPort port)
  {
    String published = port.getPublished() == 0 ? "*:" : port.getPublished() + "->";
    return published + port.getTarget() + "/" + port.getProtocol().getLiteral() + (port.getMode() == PublishMode.HOST ? " (host)" : "");
  }

  public static String attachment(NetworkAttachment attachment)
  {
    String network = name(attachment.getNetwork());
    return attachment.getAliases().isEmpty() ? network : network + " as " + String.join(", ", attachment.getAliases());
  }

  public static String secret(SecretReference reference)
  {
    return reference.getSecret() == null ? "" : reference.getSecret().getName();
  }

  public static String config(ConfigReference reference)
  {
    return reference.getConfig() == null ? "" : reference.getConfig().getName();
  }

  public static String healthcheck(Healthcheck healthcheck)
  {
    return String.join(" ", healthcheck.getTest()) + " every " + Quantities.duration(healthcheck.getInterval());
  }

  public static String restartPolicy(RestartPolicy policy)
  {
    List<String> parts = new ArrayList<>();
    parts.add(policy.getCondition().getLiteral());
    parts.add("delay " + Quantities.duration(policy.getDelay()));
    if (policy.getMaxAttempts() != 0)
    {
      parts.add("at most " + policy.getMaxAttempts() + " attempts");
    }
    return String.join(", ", parts);
  }

  /** Says whether it is the update or the rollback configuration, which share a class. */
  public static String updateConfig(UpdateConfig config)
  {
    String purpose = config.eContainingFeature() == ModelPackage.Literals.SERVICE__ROLLBACK_CONFIG ? "rollback" : "update";
    return purpose + ": " + config.getParallelism() + " at a time, delay " + Quantities.duration(config.getDelay()) + ", "
      + config.getOrder().getLiteral() + ", on failure " + config.getFailureAction().getLiteral();
  }

  /** As {@code docker service ps} names a task: {@code web.2}, or {@code agent} with its node for a global one. */
  public static String task(Task task)
  {
    Service service = task.getService();
    String name = service == null ? "" : service.qualifiedName() + (task.getSlot() > 0 ? "." + task.getSlot() : "");
    String node = task.getNode() == null ? "" : " on " + task.getNode().getHostname();
    return name + " " + task.getCurrentState().getLiteral() + node;
  }

  public static String nodeStatus(NodeStatus status)
  {
    return hostname(status.getNode()) + " " + status.getState().getLiteral() + (status.isLeader() ? " (leader)" : "");
  }

  public static String networkInstance(NetworkInstance instance)
  {
    return name(instance.getNetwork()) + " on " + hostname(instance.getNode());
  }

  public static String taskAttachment(TaskAttachment attachment)
  {
    return name(attachment.getNetwork()) + (attachment.getAddresses().isEmpty() ? "" : " " + String.join(", ", attachment.getAddresses()));
  }

  public static String clusterState(ClusterState state)
  {
    return state.getCluster() == null ? "" : "of " + state.getCluster().getName();
  }

  private static String name(Network network)
  {
    return network == null ? "?" : network.qualifiedName();
  }

  private static String hostname(Node node)
  {
    return node == null ? "?" : node.getHostname();
  }
}
