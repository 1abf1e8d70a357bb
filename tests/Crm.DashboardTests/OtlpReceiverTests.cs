using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Crm.AppHost.Dashboard;
using Crm.AppHost.Dashboard.Otlp.Proto;
using Google.Protobuf;

namespace Crm.DashboardTests;

/// <summary>OTLP/HTTP as an exporter speaks it, against the dashboard's real endpoint.</summary>
public sealed class OtlpReceiverTests(DashboardOnlyFixture dashboard) : IClassFixture<DashboardOnlyFixture>
{
    private HttpClient Exporter()
    {
        var client = dashboard.Client();
        client.DefaultRequestHeaders.Add(DashboardOptions.OtlpApiKeyHeader, dashboard.Options.OtlpApiKey);
        return client;
    }

    private static ByteArrayContent Protobuf(byte[] bytes, string type = "application/x-protobuf")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static ExportTraceServiceRequest OneSpan(string traceId, string service) => new()
    {
        ResourceSpans =
        {
            new ResourceSpans
            {
                Resource = new Resource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = service } } } },
                ScopeSpans = { new ScopeSpans { Spans = { new Span
                {
                    TraceId = ByteString.CopyFrom(Convert.FromHexString(traceId)), SpanId = ByteString.CopyFrom(Convert.FromHexString("b7ad6b7169203331")),
                    Name = "GET /api/ping", Kind = SpanKind.Server, StartTimeUnixNano = 1_700_000_000_000_000_000, EndTimeUnixNano = 1_700_000_000_020_000_000,
                } } } },
            },
        },
    };

    [Fact]
    public async Task An_exported_span_is_stored_and_acknowledged_in_protobuf()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var client = Exporter();

        using var response = await client.PostAsync("/v1/traces", Protobuf(OneSpan(traceId, "billing").ToByteArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        var ack = ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(ack.PartialSuccess);
        var span = Assert.Single(dashboard.App.Dashboard!.Store.Trace(traceId)!.Spans);
        Assert.Equal("billing", span.Service);
        Assert.Equal(TimeSpan.FromMilliseconds(20), span.Duration);
    }

    [Fact]
    public async Task A_gzip_export_is_read_like_a_plain_one()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            OneSpan(traceId, "billing").WriteTo(gzip);
        }

        using var client = Exporter();
        var body = Protobuf(compressed.ToArray());
        body.Headers.ContentEncoding.Add("gzip");

        using var response = await client.PostAsync("/v1/traces", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(dashboard.App.Dashboard!.Store.Trace(traceId));
    }

    [Theory]
    [InlineData("/v1/traces")]
    [InlineData("/v1/logs")]
    [InlineData("/v1/metrics")]
    public async Task A_malformed_body_gets_400_problem_details_and_stores_nothing(string path)
    {
        using var client = Exporter();
        var before = dashboard.App.Dashboard!.Store.Version;

        using var response = await client.PostAsync(path, Protobuf([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, dashboard.App.Dashboard.Store.Version);
    }

    [Fact]
    public async Task Json_exports_are_refused_as_an_unsupported_media_type()
    {
        using var client = Exporter();

        using var response = await client.PostAsync("/v1/logs", Protobuf("{}"u8.ToArray(), "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_content_encoding_is_a_client_error_not_a_crash()
    {
        using var client = Exporter();
        var body = Protobuf([]);
        body.Headers.ContentEncoding.Add("br");

        using var response = await client.PostAsync("/v1/metrics", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
