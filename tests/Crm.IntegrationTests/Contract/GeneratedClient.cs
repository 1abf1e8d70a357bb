using Crm.ApiClient;
using Crm.IntegrationTests.Hosting;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Crm.IntegrationTests.Contract;

/// <summary>The Kiota client generated from the public contract (tests/Crm.ApiClient), talking to the running suite's gateway.</summary>
public static class GeneratedClient
{
    /// <summary>A client that sends what <paramref name="signedIn"/> sends (its bearer token) through the gateway.</summary>
    public static CrmApiClient For(SuiteFixture suite, HttpClient signedIn) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: signedIn) { BaseUrl = suite.GatewayUrl.ToString().TrimEnd('/') });
}
