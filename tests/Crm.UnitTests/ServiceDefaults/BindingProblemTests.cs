using System.Text.Json;
using Crm.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;

namespace Crm.UnitTests.ServiceDefaults;

/// <summary>A body or parameter that cannot be read is described by field and expectation, never by .NET type.</summary>
public sealed class BindingProblemTests
{
    public enum Stage { Lead, LapsedCustomer }

    public sealed record Answer(string Key, int? Score);

    public sealed record SampleRequest(string? Name, DateTimeOffset? PurchasedAt, Guid? SegmentId, Stage? Stage, decimal? Amount, IReadOnlyList<Answer>? Answers, bool? Granted);

    public static TheoryData<string, string, string> WrongValues() => new()
    {
        { """{"purchasedAt":"yesterday"}""", "purchasedAt", "a date and time" },
        { """{"segmentId":"abc"}""", "segmentId", "an id" },
        { """{"stage":"vip"}""", "stage", "one of: lead, lapsed-customer" },
        { """{"amount":"ten"}""", "amount", "a number" },
        { """{"answers":[{"key":"q","score":"high"}]}""", "answers[0].score", "a whole number" },
        { """{"answers":{"key":"q"}}""", "answers", "an array" },
        { """{"granted":"yes"}""", "granted", "true or false" },
        { """{"name":42}""", "name", "a string" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_value_of_the_wrong_kind_names_the_field_and_what_it_must_hold(string body, string field, string expectation)
    {
        var problem = BindingProblem.From(Failure(body), typeof(SampleRequest));

        Assert.Equal([field], problem.Errors!.Keys);
        Assert.Contains(expectation, problem.Errors[field].Single(), StringComparison.Ordinal);
        Assert.StartsWith(field, problem.Detail, StringComparison.Ordinal);
        AssertSaysNothingOfDotNet(problem);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"name": }""")]
    [InlineData("not json")]
    public void A_body_that_is_not_json_says_so_and_where(string body)
    {
        var problem = BindingProblem.From(Failure(body), typeof(SampleRequest));

        Assert.Equal("The request body is not valid JSON.", problem.Title);
        Assert.Contains("line 1", problem.Detail, StringComparison.Ordinal);
        AssertSaysNothingOfDotNet(problem);
    }

    [Fact]
    public void A_body_of_the_wrong_shape_says_an_object_is_expected()
    {
        var problem = BindingProblem.From(Failure("[]"), typeof(SampleRequest));

        Assert.Contains("a JSON object", problem.Detail, StringComparison.Ordinal);
        AssertSaysNothingOfDotNet(problem);
    }

    [Fact]
    public void Without_the_request_type_a_field_is_still_named()
    {
        var problem = BindingProblem.From(Failure("""{"purchasedAt":"yesterday"}"""), requestType: null);

        Assert.Equal(["purchasedAt"], problem.Errors!.Keys);
        AssertSaysNothingOfDotNet(problem);
    }

    [Theory]
    [InlineData("Failed to bind parameter \"Nullable<int> limit\" from \"abc\".", "limit")]
    [InlineData("Failed to bind parameter \"Crm.Customers.LifecycleStage? lifecycleStage\" from \"vip\".", "lifecycleStage")]
    [InlineData("Required parameter \"Guid customerId\" was not provided from query string.", "customerId")]
    public void A_query_value_that_cannot_be_read_names_the_parameter_only(string frameworkMessage, string name)
    {
        var problem = BindingProblem.From(new BadHttpRequestException(frameworkMessage), null);

        Assert.Equal([name], problem.Errors!.Keys);
        AssertSaysNothingOfDotNet(problem);
    }

    [Theory]
    [InlineData("Implicit body inferred for parameter \"request\" but no body was provided. Did you mean to use a Service interface?")]
    [InlineData("Required parameter \"CreateCustomerRequest request\" was not provided from body.")]
    public void A_missing_body_is_called_a_missing_body(string frameworkMessage)
    {
        var problem = BindingProblem.From(new BadHttpRequestException(frameworkMessage), null);

        Assert.Equal("The request body is missing.", problem.Title);
        AssertSaysNothingOfDotNet(problem);
    }

    [Fact]
    public void A_body_that_is_not_json_by_its_content_type_says_what_to_send()
    {
        var problem = BindingProblem.From(new BadHttpRequestException("Expected a supported JSON media type but got \"text/plain\".", 415), null);

        Assert.Equal(BindingProblem.NotJson, problem);
        Assert.Contains("application/json", problem.Detail, StringComparison.Ordinal);
    }

    private static BadHttpRequestException Failure(string body)
    {
        try
        {
            JsonSerializer.Deserialize<SampleRequest>(body, JsonDefaults.Create());
        }
        catch (JsonException json)
        {
            return new BadHttpRequestException("Failed to read parameter \"SampleRequest request\" from the request body as JSON.", json);
        }

        throw new InvalidOperationException($"{body} was read without error.");
    }

    private static void AssertSaysNothingOfDotNet(BindingProblem problem)
    {
        var words = string.Join(' ', [problem.Title, problem.Detail, .. problem.Errors?.SelectMany(e => e.Value.Prepend(e.Key)) ?? []]);
        foreach (var leak in new[] { "System.", "Nullable", "Crm.", "SampleRequest", "Int32", "DateTimeOffset", "Guid", "parameter \"", "Path:", "BytePosition" })
        {
            Assert.DoesNotContain(leak, words, StringComparison.Ordinal);
        }
    }
}
