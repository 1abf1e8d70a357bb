using Crm.BuildingBlocks.Api;
using Microsoft.AspNetCore.Http;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class ETagsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("\"7\"", true)]
    [InlineData("W/\"7\"", true)]
    [InlineData("*", true)]
    [InlineData("\"6\"", false)]
    [InlineData("\"6\", \"7\"", true)]
    [InlineData("garbage", false)]
    public void If_match_allows_only_the_current_version(string? ifMatch, bool allowed)
    {
        var context = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }

        Assert.Equal(allowed, ETags.IfMatchAllows(context.Request, 7));
    }
}
