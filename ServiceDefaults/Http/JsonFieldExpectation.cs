using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// What a field of a request body must hold, said in JSON's terms ("a whole number", "one of: lead, customer"), found by
/// following the field's JSON path (<c>$.questions[0].type</c>) through the request type as the API's JSON names it.
/// </summary>
public static class JsonFieldExpectation
{
    public static string? For(Type? requestType, string? jsonPath)
    {
        var type = requestType;
        foreach (var segment in Segments(jsonPath))
        {
            type = type is null ? null : segment is null ? ElementType(type) : PropertyType(type, segment);
        }

        return type is null ? null : Describe(type);
    }

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String or TypeCode.Char => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.DateTime => "a date and time such as 2026-01-31T09:00:00Z",
            _ when type == typeof(DateTimeOffset) => "a date and time such as 2026-01-31T09:00:00Z",
            _ when type == typeof(DateOnly) => "a date such as 2026-01-31",
            _ when type == typeof(TimeOnly) => "a time of day such as 09:30",
            _ when type == typeof(Guid) => "an id such as 0196a4d2-7b1e-7c3a-9f00-2b5c6d7e8f90",
            _ when DictionaryValueType(type) is not null => "an object",
            _ when ElementType(type) is not null => "an array",
            _ => "an object",
        };
    }

    /// <summary>Property names (null for an array index) of a path such as <c>$.rules.all[0]['field']</c>.</summary>
    private static IEnumerable<string?> Segments(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            yield break;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 2)..end];
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                yield return null;
                i = end < 0 ? path.Length : end + 1;
            }
            else
            {
                yield break;
            }
        }
    }

    private static Type? PropertyType(Type type, string jsonName)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (DictionaryValueType(type) is { } value)
        {
            return value;
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(JsonNameOf(p), jsonName, StringComparison.OrdinalIgnoreCase))?.PropertyType;
    }

    private static string JsonNameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static Type? DictionaryValueType(Type type) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(IDictionary<,>) || open == typeof(IReadOnlyDictionary<,>))
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
        ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0] ?? (typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null);
    }
}
