namespace Crm.FaultInjection.Ledger;

/// <summary>One receive endpoint of a service that gets every event of a type (its queue is named after the endpoint).</summary>
public sealed record Subscription(string EventType, string Service, string Endpoint)
{
    public string ErrorQueue => Endpoint + "_error";

    /// <summary>
    /// The consumer class that the inbox records, recovered from the kebab-case endpoint name MassTransit gave it
    /// (<c>tickets-customer-registered</c> → <c>CustomerRegisteredConsumer</c>).
    /// </summary>
    public string Consumer => string.Concat(Endpoint[(Service.Length + 1)..].Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Consumer";
}
