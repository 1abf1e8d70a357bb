namespace Crm.FaultInjection.Broker;

/// <summary>A message published on purpose that its consumer must reject and park in the endpoint's error queue.</summary>
public sealed record Poison(Guid Id, string Endpoint, string Kind);
