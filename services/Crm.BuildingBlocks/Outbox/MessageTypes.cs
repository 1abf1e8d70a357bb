using System.Collections.Concurrent;
using System.Text.Json;

namespace Crm.BuildingBlocks.Outbox;

/// <summary>Maps outbox rows to event types: only types of the contracts assembly may be published.</summary>
public static class MessageTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> Known = new(
        typeof(Crm.Contracts.ResourceNames).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, Namespace: not null } && t.Namespace != "Crm.Contracts")
            .ToDictionary(t => t.FullName!, t => t));

    public static string NameOf(Type type) =>
        Known.ContainsKey(type.FullName ?? "") ? type.FullName! : throw new ArgumentException($"{type} is not an event contract.", nameof(type));

    public static Type Resolve(string name) =>
        Known.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown event type {name}.");
}
