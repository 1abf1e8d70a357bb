using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Sql;

/// <summary>Writes rows of a mapped entity type as the context's model stores them, without tracking them.</summary>
public interface IRowWriter
{
    Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class;
}
