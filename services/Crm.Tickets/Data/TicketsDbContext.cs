using Crm.BuildingBlocks.Data;
using Crm.Tickets.Customers;
using Crm.Tickets.Desk;
using Crm.Tickets.Sla;
using Crm.Tickets.Staff;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Data;

public abstract class TicketsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<DirectoryCustomer> Customers => Set<DirectoryCustomer>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketComment> Comments => Set<TicketComment>();
    public DbSet<Macro> Macros => Set<Macro>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
    }
}
