using Crm.BuildingBlocks.Api;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class PagingTests
{
    [Fact]
    public void A_cursor_round_trips_through_its_opaque_form()
    {
        var cursor = new Cursor("2026-01-01", Guid.CreateVersion7());
        Assert.True(Cursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Theory]
    [InlineData("not-a-cursor!")]
    [InlineData("eyJub3QiOiJhIGN1cnNvciJ9x")]
    [InlineData("AAAA")]
    [InlineData("eyJLZXkiOiIiLCJJZCI6IjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMSJ9")]
    [InlineData("eyJLZXkiOiIiLCJJZCI6IjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMSJ9.AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData(".")]
    public void A_forged_cursor_is_a_validation_error(string forged)
    {
        var errors = new ValidationErrors();
        Assert.Null(PageRequest.Parse(10, forged, errors));
        Assert.Equal([PageRequest.NotIssuedHere], errors.ToDictionary()["cursor"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    [InlineData(-5)]
    public void A_limit_outside_1_to_200_is_a_validation_error(int limit)
    {
        var errors = new ValidationErrors();
        Assert.Null(PageRequest.Parse(limit, null, errors));
        Assert.Contains("limit", errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_default_page_holds_50()
    {
        Assert.Equal(50, PageRequest.Parse(null, null, new ValidationErrors())!.Limit);
    }

    [Fact]
    public void A_page_has_a_next_cursor_only_when_more_rows_exist()
    {
        var page = PageRequest.Parse(2, null, new ValidationErrors())!;
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();

        var full = page.ToPage(ids, id => new Cursor("", id), id => id);
        var last = page.ToPage(ids.Take(2).ToList(), id => new Cursor("", id), id => id);

        Assert.Equal(2, full.Items.Count);
        Assert.True(Cursor.TryDecode(full.NextCursor, out var next));
        Assert.Equal(ids[1], next!.Id);
        Assert.Null(last.NextCursor);
    }
}
