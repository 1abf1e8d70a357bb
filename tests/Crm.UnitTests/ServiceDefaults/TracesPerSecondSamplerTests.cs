using System.Diagnostics;
using Crm.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Trace;

namespace Crm.UnitTests.ServiceDefaults;

public sealed class TracesPerSecondSamplerTests
{
    [Fact]
    public void Every_trace_is_kept_up_to_the_limit_and_the_rest_of_that_second_dropped()
    {
        var time = new FakeTimeProvider();
        var sampler = new TracesPerSecondSampler(3, time);

        var decisions = Enumerable.Range(0, 5).Select(_ => Decide(sampler)).ToList();

        Assert.Equal([SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample,
            SamplingDecision.Drop, SamplingDecision.Drop], decisions);
    }

    [Fact]
    public void A_new_second_brings_a_new_allowance()
    {
        var time = new FakeTimeProvider();
        var sampler = new TracesPerSecondSampler(1, time);
        Decide(sampler);
        Assert.Equal(SamplingDecision.Drop, Decide(sampler));

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler));
    }

    [Fact]
    public void A_span_of_a_sampled_trace_is_kept_whatever_the_allowance()
    {
        var sampler = new ParentBasedSampler(new TracesPerSecondSampler(0, new FakeTimeProvider()));
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);

        var result = sampler.ShouldSample(new SamplingParameters(parent, parent.TraceId, "consume", ActivityKind.Consumer));

        Assert.Equal(SamplingDecision.RecordAndSample, result.Decision);
    }

    private static SamplingDecision Decide(Sampler sampler) =>
        sampler.ShouldSample(new SamplingParameters(default, ActivityTraceId.CreateRandom(), "request", ActivityKind.Server)).Decision;
}
