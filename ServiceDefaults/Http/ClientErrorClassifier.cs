using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Crm.ServiceDefaults.Http;

/// <summary>Exceptions caused by what the client sent are 4xx, never 500.</summary>
public static class ClientErrorClassifier
{
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException => StatusCodes.Status400BadRequest,
        OperationCanceledException => 499,
        _ => StatusCodes.Status500InternalServerError,
    };
}
