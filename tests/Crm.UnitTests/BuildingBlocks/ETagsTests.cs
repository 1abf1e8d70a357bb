using Crm.BuildingBlocks.Api;
using Microsoft.AspNetCore.Http;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class ETagsTests
{
    private static HttpRequest Request(string? ifMatch)
    {
        var context = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }

        return context.Request;
    }

    [Theory]
    [InlineData(null, IfMatch.Missing)]
    [InlineData("", IfMatch.Missing)]
    [InlineData("\"7\"", IfMatch.Current)]
    [InlineData("W/\"7\"", IfMatch.Current)]
    [InlineData("*", IfMatch.Current)]
    [InlineData("\"6\"", IfMatch.Stale)]
    [InlineData("\"6\", \"7\"", IfMatch.Current)]
    [InlineData("garbage", IfMatch.Stale)]
    public void If_match_names_the_current_version_a_stale_one_or_none(string? ifMatch, IfMatch expected)
    {
        Assert.Equal(expected, ETags.Check(Request(ifMatch), 7));
    }

    [Theory]
    [InlineData(null, StatusCodes.Status428PreconditionRequired)]
    [InlineData("\"6\"", StatusCodes.Status412PreconditionFailed)]
    public void An_update_without_if_match_needs_one_and_a_stale_one_has_lost(string? ifMatch, int status)
    {
        Assert.Equal(status, ETags.Precondition(Request(ifMatch), 7)?.StatusCode);
    }

    [Fact]
    public void An_update_of_the_current_version_may_go_ahead()
    {
        Assert.Null(ETags.Precondition(Request("\"7\""), 7));
    }
}
