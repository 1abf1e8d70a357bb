using Crm.AppHost.Dashboard.Otlp;
using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;
using static Crm.UnitTests.Dashboard.Otlp;

namespace Crm.UnitTests.Dashboard;

public sealed class OtlpLogReaderTests
{
    [Theory]
    [InlineData(1, LogSeverity.Trace)]
    [InlineData(5, LogSeverity.Debug)]
    [InlineData(9, LogSeverity.Information)]
    [InlineData(12, LogSeverity.Information)]
    [InlineData(13, LogSeverity.Warning)]
    [InlineData(17, LogSeverity.Error)]
    [InlineData(21, LogSeverity.Critical)]
    public void Severity_numbers_map_to_levels_in_groups_of_four(int number, LogSeverity expected) =>
        Assert.Equal(expected, OtlpLogReader.Severity(number, ""));

    [Fact]
    public void A_record_without_a_number_falls_back_to_its_severity_text() =>
        Assert.Equal(LogSeverity.Warning, OtlpLogReader.Severity(0, "warning"));

    [Fact]
    public void A_log_record_keeps_its_message_category_values_and_trace()
    {
        var request = RoundTrip(new ExportLogsServiceRequest
        {
            ResourceLogs =
            {
                new ResourceLogs
                {
                    Resource = Service("tickets"),
                    ScopeLogs =
                    {
                        new ScopeLogs
                        {
                            Scope = new InstrumentationScope { Name = "Crm.Tickets.Sla" },
                            LogRecords =
                            {
                                new LogRecord
                                {
                                    TimeUnixNano = Nanos(T0), SeverityNumber = 13, Body = new AnyValue { StringValue = "Ticket 42 breached resolution" },
                                    Attributes = { Attr("TicketId", 42), Attr("SlaTarget", "resolution") },
                                    TraceId = Id("0af7651916cd43dd8448eb211c80319c"), SpanId = Id("b7ad6b7169203331"),
                                },
                            },
                        },
                    },
                },
            },
        });

        var entry = Assert.Single(OtlpLogReader.Read(request, T0.AddSeconds(5)));

        Assert.Equal("tickets", entry.Service);
        Assert.Equal(T0, entry.Time);
        Assert.Equal(LogSeverity.Warning, entry.Severity);
        Assert.Equal("Crm.Tickets.Sla", entry.Category);
        Assert.Equal("Ticket 42 breached resolution", entry.Message);
        Assert.Contains(new KeyValuePair<string, string>("TicketId", "42"), entry.Attributes);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", entry.TraceId);
        Assert.Equal("b7ad6b7169203331", entry.SpanId);
    }

    [Fact]
    public void A_record_without_a_time_is_dated_when_it_arrived_and_zero_ids_mean_no_trace()
    {
        var request = new ExportLogsServiceRequest { ResourceLogs = { new ResourceLogs { ScopeLogs = { new ScopeLogs { LogRecords = { new LogRecord { TraceId = Id("00000000000000000000000000000000") } } } } } } };

        var entry = Assert.Single(OtlpLogReader.Read(RoundTrip(request), T0));

        Assert.Equal(T0, entry.Time);
        Assert.Null(entry.TraceId);
    }
}
