using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// An entity's table and columns as the EF model maps them, delimited for the context's provider, and its parameters
/// built by each property's type mapping (so values are bound exactly as EF binds them). For the few hot statements the
/// messaging runs on every batch, written once by hand instead of translated from LINQ on every call (a query over a
/// list of ids is translated again for every list: it cost more than running it).
/// </summary>
public sealed class EntitySql
{
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, EntitySql>> Cache = new();

    private readonly Dictionary<string, (string Column, IProperty Property, RelationalTypeMapping Mapping)> _properties;

    private EntitySql(DbContext db, Type type)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        Table = sql.DelimitIdentifier(table.Name, table.Schema);
        _properties = entity.GetProperties().ToDictionary(
            p => p.Name,
            p => (sql.DelimitIdentifier(p.GetColumnName(table)!), (IProperty)p, p.GetRelationalTypeMapping()));
    }

    public static EntitySql Of<T>(DbContext db) where T : class =>
        Cache.GetValue(db.Model, static _ => new ConcurrentDictionary<Type, EntitySql>())
            .GetOrAdd(typeof(T), static (type, db) => new EntitySql(db, type), db);

    /// <summary>The delimited table name.</summary>
    public string Table { get; }

    /// <summary>The delimited column of the property.</summary>
    public string Column(string property) => _properties[property].Column;

    /// <summary>Adds a parameter for a value of the property, converted and typed as EF would bind it.</summary>
    public string AddParameter(DbCommand command, string property, object? value)
    {
        var (_, p, mapping) = _properties[property];
        var name = "@p" + command.Parameters.Count;
        command.Parameters.Add(mapping.CreateParameter(command, name, value, p.IsNullable));
        return name;
    }

    /// <summary>A command on the context's open connection, in its current transaction.</summary>
    public static DbCommand CommandOn(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
