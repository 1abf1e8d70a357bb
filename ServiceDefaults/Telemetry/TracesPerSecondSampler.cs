using OpenTelemetry.Trace;

namespace Crm.ServiceDefaults.Telemetry;

/// <summary>
/// Records every new trace until more than <c>limit</c> start in one second, then only that many a second. At the pace
/// people click, every request is traced; under load the export stays bounded (a trace is spans in several services, and
/// the dashboard or collector has to take them all). A trace's later spans follow its first (see
/// <see cref="ParentBasedSampler"/>), so a sampled trace is always whole.
/// </summary>
public sealed class TracesPerSecondSampler(int limit, TimeProvider time) : Sampler
{
    private readonly Lock _gate = new();
    private long _second;
    private int _taken;

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var second = time.GetTimestamp() / time.TimestampFrequency;
        lock (_gate)
        {
            if (second != _second)
            {
                _second = second;
                _taken = 0;
            }

            return _taken++ < limit ? new SamplingResult(SamplingDecision.RecordAndSample) : new SamplingResult(SamplingDecision.Drop);
        }
    }
}
