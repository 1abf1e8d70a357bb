using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Identity;

/// <summary>Admins manage staff accounts through <c>/api/users</c>; a disabled account's refresh tokens stop working; erasure removes a login.</summary>
[Collection(SuiteCollection.Name)]
public sealed class StaffAccountsTests(SuiteFixture suite)
{
    private const string Password = "Harbour-Kite-2026";

    [Fact]
    public async Task A_new_staff_member_sets_a_password_by_the_mailed_link_and_loses_access_when_disabled()
    {
        using var admin = await suite.ClientAsync("admin");
        var email = $"staff.{Guid.NewGuid():N}@example.com";
        using var created = await admin.PostAsJsonAsync("/api/users", new { email, name = "Sam Staff", roles = new[] { "agent" }, team = "north" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = user.GetProperty("id").GetString();

        using var flow = new SignInFlow(suite);
        var link = new Uri(await MailDrop.LinkAsync(suite, email, "/account/reset-password")).PathAndQuery;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(suite.GatewayUrl, link).Query);
        using var set = await flow.PostFormAsync(link, "/account/reset-password",
            new() { ["password"] = Password, ["userId"] = query["userId"].ToString(), ["token"] = query["token"].ToString() });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var tokens = await flow.SignInAsync(email, Password);
        Assert.Equal(id, SignInFlow.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("sub").GetString());
        var listed = await (await admin.GetAsync("/api/users?limit=200")).SuccessJsonAsync();
        Assert.NotNull(listed.GetProperty("items").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(u => u!.Value.GetProperty("email").GetString() == email));

        using var disabled = await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = true });
        Assert.True((await disabled.SuccessJsonAsync()).GetProperty("disabled").GetBoolean());
        using var refreshed = await flow.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
        using var login = await flow.LoginAsync(email, Password);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_accounts_and_bad_input_is_refused_with_a_problem()
    {
        using var agent = await suite.ClientAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/users")).StatusCode);
        using var anonymous = suite.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/users")).StatusCode);

        using var admin = await suite.ClientAsync("admin");
        using var badRoles = await admin.PostAsJsonAsync("/api/users", new { email = $"x.{Guid.NewGuid():N}@example.com", name = "X", roles = new[] { "root" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRoles.StatusCode);
        Assert.Equal("application/problem+json", badRoles.Content.Headers.ContentType?.MediaType);
        using var duplicate = await admin.PostAsJsonAsync("/api/users", new { email = "agent@crm.local", name = "Again", roles = new[] { "agent" } });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        using var missing = await admin.PatchAsJsonAsync($"/api/users/{Guid.NewGuid()}", new { disabled = true });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Erasing_a_customer_deletes_their_login()
    {
        var email = await new AccountPagesTests(suite).ConfirmedCustomerAsync();
        using var flow = new SignInFlow(suite);
        var access = await Eventually.ValueAsync(async () =>
        {
            var token = (await flow.SignInAsync(email, "Orchard-Lamp-2026")).GetProperty("access_token").GetString()!;
            return SignInFlow.Payload(token).TryGetProperty("customer_id", out var id) ? id.GetString() : null;
        }, TimeSpan.FromSeconds(60), "the login is linked to its customer record");

        using var admin = await suite.ClientAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/customers/{access}")).StatusCode);

        await Eventually.UntilAsync(async () =>
        {
            using var again = new SignInFlow(suite);
            using var login = await again.LoginAsync(email, "Orchard-Lamp-2026");
            return login.StatusCode == HttpStatusCode.BadRequest;
        }, TimeSpan.FromSeconds(60), "the erased customer's login is gone");
    }
}
