using System.Text.Json;
using Crm.ServiceDefaults.Http;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class JsonDuplicateKeysTests
{
    private sealed record Body(string? FirstName, Dictionary<string, string>? Attributes, JsonElement? Rules);

    [Theory]
    [InlineData("{\"firstName\":\"Ana\",\"firstName\":\"Eve\"}")]
    [InlineData("{\"firstName\":\"Ana\",\"FirstName\":\"Eve\"}")]
    [InlineData("{\"attributes\":{\"tier\":\"gold\",\"tier\":\"lead\"}}")]
    public void A_body_naming_a_property_twice_is_malformed(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>(json, JsonDefaults.Create()));
    }

    [Fact]
    public void A_body_naming_each_property_once_is_read()
    {
        Assert.Equal("Ana", JsonSerializer.Deserialize<Body>("{\"firstName\":\"Ana\"}", JsonDefaults.Create())!.FirstName);
    }

    [Fact]
    public void Reading_a_body_twice_named_is_a_client_error()
    {
        var exception = Record.Exception(() => JsonSerializer.Deserialize<Body>("{\"firstName\":\"a\",\"firstName\":\"b\"}", JsonDefaults.Create()));

        Assert.Equal(400, ClientErrorClassifier.StatusCodeFor(exception!));
    }

    [Theory]
    [InlineData("{\"firstName\":\"a\",\"firstName\":\"b\"}", "firstName")]
    [InlineData("{\"attributes\":{\"tier\":\"gold\",\"tier\":\"lead\"}}", "attributes.tier")]
    [InlineData("{\"rules\":{\"all\":[],\"all\":[]}}", "rules.all")]
    public void The_problem_names_the_field_that_was_sent_twice(string json, string field)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>(json, JsonDefaults.Create()));

        var problem = BindingProblem.From(exception, typeof(Body));

        Assert.Equal("The request body names a property twice.", problem.Title);
        Assert.Equal([DuplicateProperty.Message], problem.Errors![field]);
    }
}
