using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Data;

/// <summary>Options for the design-time factories that `dotnet ef` uses to build each provider's migrations.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite("Data Source=design-time.db").Options;

    public static DbContextOptions<T> SqlServer<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlServer("Server=localhost;Database=design_time;Trusted_Connection=True;TrustServerCertificate=True").Options;
}
