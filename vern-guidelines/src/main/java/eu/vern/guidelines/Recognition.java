package eu.vern.guidelines;

import java.util.List;

/**
 * How an enforcement point tells an audience's devices apart: client networks and resolver
 * addresses (DNS), proxy source addresses, browser policy groups or organisational units, and
 * device-management groups.
 */
public record Recognition(
    List<Cidr> networks,
    List<Cidr> proxySources,
    List<String> browserGroups,
    List<String> deviceGroups) {

  public Recognition {
    networks = List.copyOf(networks);
    proxySources = List.copyOf(proxySources);
    browserGroups = List.copyOf(browserGroups);
    deviceGroups = List.copyOf(deviceGroups);
  }

  public boolean isEmpty() {
    return networks.isEmpty() && proxySources.isEmpty() && browserGroups.isEmpty() && deviceGroups.isEmpty();
  }
}
