namespace Crm.Tickets.Staff;

/// <summary>A staff member as the desk last saw them act: the token's subject and the name it carried.</summary>
public sealed class StaffMember
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}
