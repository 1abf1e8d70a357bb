using Crm.AppHost.Dashboard.Otlp.Proto;
using Google.Protobuf;

namespace Crm.UnitTests.Dashboard;

/// <summary>Builds OTLP messages as an exporter would, and sends them through the wire format.</summary>
public static class Otlp
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static ulong Nanos(DateTimeOffset time) => (ulong)(time - DateTimeOffset.UnixEpoch).Ticks * 100;

    public static ByteString Id(string hex) => ByteString.CopyFrom(Convert.FromHexString(hex));

    public static KeyValue Attr(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    public static KeyValue Attr(string key, long value) => new() { Key = key, Value = new AnyValue { IntValue = value } };

    public static Resource Service(string name) => new() { Attributes = { Attr("service.name", name) } };

    /// <summary>Serialises and parses again, so a test reads what crossed the wire, not the object it built.</summary>
    public static T RoundTrip<T>(T message) where T : IMessage<T>, new() => new MessageParser<T>(() => new T()).ParseFrom(message.ToByteArray());
}
