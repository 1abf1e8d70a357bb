using System.Text.RegularExpressions;
using Crm.IntegrationTests.Channels;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Identity;

/// <summary>The mail the identity service sent, as the suite's mail catcher (MailDev) received it.</summary>
public static partial class MailDrop
{
    /// <summary>The first link to <paramref name="path"/> in a message to <paramref name="recipient"/>, waiting for it to arrive.</summary>
    public static async Task<string> LinkAsync(SuiteFixture suite, string recipient, string path)
    {
        var mail = await new MailCatcher(suite).WaitForAsync(recipient,
            m => Links(m).Any(l => new Uri(l).AbsolutePath == path), $"a message to {recipient} with a link to {path} in the mail catcher");
        return Links(mail).First(l => new Uri(l).AbsolutePath == path);
    }

    private static IEnumerable<string> Links(System.Text.Json.JsonElement mail) => Link().Matches(MailCatcher.Text(mail)).Select(m => m.Value);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
