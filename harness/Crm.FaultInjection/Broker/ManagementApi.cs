using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Crm.FaultInjection.Broker;

/// <summary>The few calls of RabbitMQ's management HTTP API a fault run needs: bindings, queue depths, peeking and publishing.</summary>
public sealed class ManagementApi(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/api/"),
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))) },
    };

    /// <summary>Names of the exchanges and queues a message-type exchange delivers to.</summary>
    public async Task<IReadOnlyList<string>> DestinationsOfAsync(string exchange, CancellationToken ct)
    {
        var bindings = await _http.GetFromJsonAsync<JsonElement>($"exchanges/%2F/{Uri.EscapeDataString(exchange)}/bindings/source", ct);
        return [.. bindings.EnumerateArray().Select(b => b.GetProperty("destination").GetString()!)];
    }

    /// <summary>Every queue with its message count (ready + unacknowledged).</summary>
    public async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync(CancellationToken ct)
    {
        var queues = await _http.GetFromJsonAsync<JsonElement>("queues/%2F?columns=name,messages", ct);
        return queues.EnumerateArray().ToDictionary(
            q => q.GetProperty("name").GetString()!,
            q => q.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : 0);
    }

    /// <summary>The bodies of up to <paramref name="count"/> messages of a queue, left in the queue.</summary>
    public async Task<IReadOnlyList<string>> PeekAsync(string queue, int count, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync($"queues/%2F/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "ack_requeue_true", encoding = "auto", truncate = 50000 }, ct);
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return [.. messages.EnumerateArray().Select(m => m.GetProperty("payload").GetString()!)];
    }

    /// <summary>Publishes a raw message to an exchange; true when the broker routed it to a queue.</summary>
    public async Task<bool> PublishAsync(string exchange, string payload, IReadOnlyDictionary<string, object> properties, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync($"exchanges/%2F/{Uri.EscapeDataString(exchange)}/publish",
            new { properties, routing_key = "", payload, payload_encoding = "string" }, ct);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return result.GetProperty("routed").GetBoolean();
    }

    public void Dispose() => _http.Dispose();
}
