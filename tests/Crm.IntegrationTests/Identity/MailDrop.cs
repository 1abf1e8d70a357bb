using System.Text.RegularExpressions;
using Crm.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;
using MimeKit;

namespace Crm.IntegrationTests.Identity;

/// <summary>The mail the identity service wrote as <c>.eml</c> files into the run's <c>mail/</c> folder (no SMTP server configured).</summary>
public static partial class MailDrop
{
    /// <summary>The first link to <paramref name="path"/> in a message to <paramref name="recipient"/>, waiting for it to arrive.</summary>
    public static async Task<string> LinkAsync(SuiteFixture suite, string recipient, string path)
    {
        var folder = Path.Combine(Path.GetDirectoryName(new SqliteConnectionStringBuilder(suite.ConnectionString("identity-db")).DataSource)!, "mail");
        string? link = null;
        await Eventually.UntilAsync(async () =>
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                using var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase))
                    && Link().Matches(message.TextBody ?? "").Select(m => m.Value).FirstOrDefault(l => new Uri(l).AbsolutePath == path) is { } found)
                {
                    link = found;
                    return true;
                }
            }

            return false;
        }, TimeSpan.FromSeconds(30), $"a message to {recipient} with a link to {path} in {folder}");
        return link!;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
