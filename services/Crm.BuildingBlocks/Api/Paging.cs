using System.Text.Json;

namespace Crm.BuildingBlocks.Api;

/// <summary>A page of a collection: <c>{ items, nextCursor }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>An opaque keyset cursor: the sort key and id of the last item of the previous page, signed (<see cref="CursorSigner"/>).</summary>
public sealed record Cursor(string Key, Guid Id)
{
    public string Encode() => CursorSigner.Current.Sign(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string? value, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (CursorSigner.Current.Verify(value) is not { } payload)
        {
            return false;
        }

        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(payload);
            return cursor is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>Parsed <c>limit</c> and <c>cursor</c> query values (limit 1..200, default 50).</summary>
public sealed record PageRequest(int Limit, Cursor? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const string NotIssuedHere = "Not a cursor this service issued, or one that has expired: start again from the first page.";

    public static PageRequest? Parse(int? limit, string? cursor, ValidationErrors errors)
    {
        var size = limit ?? DefaultLimit;
        errors.Range("limit", (int?)size, 1, MaxLimit);
        if (!Cursor.TryDecode(cursor, out var after))
        {
            errors.Add("cursor", NotIssuedHere);
        }

        return errors.Any ? null : new PageRequest(size, after);
    }

    /// <summary>Builds the page from up to Limit+1 fetched rows: the extra row only says there is a next page.</summary>
    public Page<TOut> ToPage<TIn, TOut>(IReadOnlyList<TIn> fetched, Func<TIn, Cursor> cursorOf, Func<TIn, TOut> map)
    {
        var items = fetched.Take(Limit).ToList();
        var next = fetched.Count > Limit ? cursorOf(items[^1]).Encode() : null;
        return new Page<TOut>(items.Select(map).ToList(), next);
    }
}
