using System.Globalization;

namespace Crm.AppHost.Dashboard.Components.Shared;

public static class Formats
{
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalMilliseconds: < 1 } s => s.TotalMicroseconds.ToString("F0", CultureInfo.InvariantCulture) + " µs",
        { TotalSeconds: < 1 } s => s.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms",
        { TotalMinutes: < 1 } s => s.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
        { } s => $"{(int)s.TotalHours} h {s.Minutes} min",
    };

    public static string Uptime(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalMinutes: < 1 } s => $"{(int)s.TotalSeconds} s",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
        { } s => $"{(int)s.TotalHours} h {s.Minutes} min",
    };

    public static string Time(DateTimeOffset time) => time.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    public static string Number(double value) => value switch
    {
        >= 100 => value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
