using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Data;

public static class DbSetExtensions
{
    /// <summary>
    /// The read-model row for a key, created when this is the first event about it: events from other services
    /// may arrive in any order, so whichever comes first makes the row.
    /// </summary>
    public static async Task<T> FindOrAddAsync<T>(this DbSet<T> set, object key, Func<T> create, CancellationToken ct) where T : class
    {
        var row = await set.FindAsync([key], ct);
        if (row is null)
        {
            row = create();
            set.Add(row);
        }

        return row;
    }
}
