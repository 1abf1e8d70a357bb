using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Text;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Profiles;

/// <summary>
/// Someone unknown wrote to the service desk (mail, contact form): they become a <c>lead</c> under the id the desk gave
/// them, with the channel as their source. An email already held (or an id already used) changes nothing.
/// </summary>
public sealed class LeadCapturedConsumer(TimeProvider time) : InboxConsumer<LeadCaptured, CustomersDbContext>(time)
{
    protected override async Task HandleAsync(LeadCaptured message, CancellationToken ct)
    {
        var normalized = Customer.Normalize(message.Email);
        if (await Db.Customers.AnyAsync(c => c.NormalizedEmail == normalized || c.Id == message.CustomerId, ct)
            || Db.Customers.Local.Any(c => c.NormalizedEmail == normalized || c.Id == message.CustomerId))
        {
            return;
        }

        var now = Time.GetUtcNow();
        var lead = new Customer
        {
            Id = message.CustomerId,
            FirstName = Name(message.FirstName, normalized),
            LastName = Name(message.LastName, normalized),
            Email = "",
            NormalizedEmail = normalized,
            LifecycleStage = LifecycleStage.Lead,
            Source = message.Source,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        lead.SetEmail(message.Email);
        lead.IndexNames();
        await LookAlikeEmails.FlagAsync(Db, lead);
        Db.Customers.Add(lead);
        Db.Publish(CustomerEvents.Registered(lead), now);
    }

    private static string Name(string name, string email) => DisplayText.Normalize(name) is { Length: > 0 } clean ? clean : email.Split('@')[0];
}
