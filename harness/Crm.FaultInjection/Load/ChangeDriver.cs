using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.FaultInjection.Load;

/// <summary>
/// Makes state changes through the gateway at a fixed rate (open loop: a slow answer does not slow the schedule):
/// four in ten register a customer, four update a known customer's profile, two change a consent.
/// Staff identities rotate so no one user meets the gateway's per-user rate limit.
/// </summary>
public sealed class ChangeDriver(HttpClient gateway, IReadOnlyList<string> tokens)
{
    private const int MaxInFlight = 2000;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly List<Guid> _customers = [];
    /// <summary>Customers with a change in flight: two concurrent edits of one profile would race (412), which is not what is measured.</summary>
    private readonly HashSet<Guid> _busy = [];
    private readonly Lock _gate = new();
    private readonly Random _random = new(42);
    private int _inFlight;

    public ChangeTally Tally { get; } = new();
    public long Issued { get; private set; }
    /// <summary>Changes sent later than 100 ms after their slot (the driver or the machine fell behind the rate).</summary>
    public long Late { get; private set; }
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Sends changes at <paramref name="perSecond"/> until <paramref name="stop"/> is cancelled and at least <paramref name="minimum"/> were sent, then waits for every answer.</summary>
    public async Task RunAsync(double perSecond, long minimum, CancellationToken stop)
    {
        var answers = new ConcurrentBag<Task>();
        var clock = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested || Issued < minimum)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * perSecond);
            while (Issued < due && Volatile.Read(ref _inFlight) < MaxInFlight)
            {
                if (clock.Elapsed.TotalSeconds - Issued / perSecond > 0.1)
                {
                    Late++;
                }

                var n = Issued++;
                Interlocked.Increment(ref _inFlight);
                answers.Add(Task.Run(() => ChangeAsync(n), CancellationToken.None));
            }

            await Task.Delay(2, CancellationToken.None);
        }

        Elapsed = clock.Elapsed;
        await Task.WhenAll(answers);
    }

    private async Task ChangeAsync(long n)
    {
        var (kind, request, customer) = Next(n);
        var started = Stopwatch.GetTimestamp();
        var status = 0;
        try
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[(int)(n % tokens.Count)]);
            using var response = await gateway.SendAsync(request);
            status = (int)response.StatusCode;
            if (kind == ChangeKind.Registration && response.IsSuccessStatusCode)
            {
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                lock (_gate)
                {
                    _customers.Add(id);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            status = 0;
        }
        finally
        {
            request.Dispose();
            if (customer is { } id)
            {
                lock (_gate)
                {
                    _busy.Remove(id);
                }
            }

            Tally.Record(kind, status, Stopwatch.GetElapsedTime(started));
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private (ChangeKind, HttpRequestMessage, Guid?) Next(long n)
    {
        var customer = n % 10 < 4 ? null : IdleCustomer();
        if (customer is null)
        {
            return (ChangeKind.Registration, new HttpRequestMessage(HttpMethod.Post, "/api/customers")
            {
                Content = JsonContent.Create(new { firstName = "Fault", lastName = $"Run{_run}n{n}", email = $"fault.{_run}.{n}@example.com", country = "PT", lifecycleStage = "customer" }),
            }, null);
        }

        return n % 10 < 8
            ? (ChangeKind.ProfileUpdate, new HttpRequestMessage(HttpMethod.Patch, $"/api/customers/{customer}")
            {
                Content = JsonContent.Create(new { lastName = $"Updated{_run}n{n}", city = n % 3 == 0 ? "Porto" : "Lisboa" }),
                Headers = { IfMatch = { System.Net.Http.Headers.EntityTagHeaderValue.Any } },
            }, customer)
            : (ChangeKind.ConsentChange, new HttpRequestMessage(HttpMethod.Put, $"/api/customers/{customer}/consents")
            {
                Content = JsonContent.Create(n % 2 == 0
                    ? new { purpose = "partner-sharing", channel = (string?)null, granted = n % 4 == 0 }
                    : new { purpose = "marketing", channel = (string?)"email", granted = n % 4 == 1 }),
            }, customer);
    }

    private Guid? IdleCustomer()
    {
        lock (_gate)
        {
            for (var attempt = 0; _customers.Count >= 50 && attempt < 5; attempt++)
            {
                var candidate = _customers[_random.Next(_customers.Count)];
                if (_busy.Add(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    public static async Task<IReadOnlyList<string>> StaffTokensAsync(HttpClient gateway, int count, CancellationToken ct)
    {
        var tokens = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var response = await gateway.PostAsJsonAsync("/dev/token", new { subject = $"fault-agent-{i}", roles = new[] { "agent" } }, ct);
            response.EnsureSuccessStatusCode();
            tokens.Add((await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!);
        }

        return tokens;
    }
}
