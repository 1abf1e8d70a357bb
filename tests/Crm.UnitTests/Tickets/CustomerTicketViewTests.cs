using System.Text.Json;
using Crm.Tickets.Desk;
using Crm.Tickets.SelfService;
using Crm.Tickets.Staff;

namespace Crm.UnitTests.Tickets;

public sealed class CustomerTicketViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static Ticket Ticket(string? assignee, params TicketComment[] comments) => new()
    {
        Id = Guid.CreateVersion7(), CustomerId = Guid.CreateVersion7(), Subject = "s", Description = "d", AssigneeId = assignee, CreatedAt = Now, UpdatedAt = Now,
        FirstResponseDueAt = Now, ResolutionDueAt = Now, Comments = [.. comments],
    };

    private static TicketComment Comment(string author, string? authorName = null, bool fromCustomer = false, bool isInternal = false) => new()
    {
        Id = Guid.CreateVersion7(), AuthorId = author, AuthorName = authorName, Body = "b", FromCustomer = fromCustomer, Internal = isInternal, At = Now,
    };

    [Fact]
    public void The_customer_reads_the_assignee_and_comment_authors_by_name_or_as_the_support_team()
    {
        var ticket = Ticket("olga", Comment("olga", authorName: "Olga Marques"), Comment("rui"), Comment("customer-sub", fromCustomer: true));

        var view = MyTicketResponse.From(ticket, new Dictionary<string, string> { ["olga"] = "Olga M." });

        Assert.Equal("Olga M.", view.Assignee);
        Assert.Equal(["Olga Marques", StaffDisplayName.Fallback, MyTicketResponse.OwnAuthor], view.Comments.Select(c => c.Author));
    }

    [Fact]
    public void No_staff_id_and_no_internal_note_reaches_the_customer_view()
    {
        var ticket = Ticket("olga-7f3a", Comment("olga-7f3a"), Comment("olga-7f3a", isInternal: true));

        var json = JsonSerializer.Serialize(MyTicketResponse.From(ticket, new Dictionary<string, string>()));

        Assert.DoesNotContain("olga-7f3a", json, StringComparison.Ordinal);
        Assert.Single(MyTicketResponse.From(ticket, new Dictionary<string, string>()).Comments);
    }

    [Theory]
    [InlineData("Olga Marques", "Olga Marques")]
    [InlineData("  Jose\u0301 ", "José")]
    [InlineData("Olga\u202E", null)]
    [InlineData("\u200B", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_name_claim_becomes_a_display_name_only_when_it_is_clean_text(string? claim, string? expected)
    {
        Assert.Equal(expected, StaffDisplayName.FromClaim(claim));
    }
}
