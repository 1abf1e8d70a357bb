using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.BuildingBlocks.Sql;

/// <summary>
/// An entity's table and columns as the EF model maps them, delimited for the context's provider, and its parameters
/// built by each property's type mapping (so values are bound exactly as EF binds them). Built once per model and type,
/// for the statements written by hand: the bulk insert (<see cref="BulkInsert"/>), and the few the messaging runs on every
/// batch instead of translating them from LINQ on every call (a query over a list of ids is translated again for every
/// list: it cost more than running it).
/// </summary>
public sealed class EntitySql
{
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, EntitySql>> Cache = new();

    private readonly Dictionary<string, Column> _columns;

    private EntitySql(DbContext db, Type type)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        Table = sql.DelimitIdentifier(table.Name, table.Schema);
        Columns = entity.GetProperties()
            .Select(p => new Column(sql.DelimitIdentifier(p.GetColumnName(table)!), p, p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();
        _columns = Columns.ToDictionary(c => c.Property.Name);
        InsertSql = $"INSERT INTO {Table} ({string.Join(", ", Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))})";
    }

    /// <summary>A mapped column: its delimited name, the property, how EF binds its values, and how to read them from a row.</summary>
    public sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);

    public static EntitySql Of<T>(DbContext db) where T : class =>
        Cache.GetValue(db.Model, static _ => new ConcurrentDictionary<Type, EntitySql>())
            .GetOrAdd(typeof(T), static (type, db) => new EntitySql(db, type), db);

    /// <summary>The delimited table name.</summary>
    public string Table { get; }

    /// <summary>Every mapped column, in the model's order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>An INSERT of every column, its values bound as <c>@p0</c>, <c>@p1</c>, … in the order of <see cref="Columns"/>.</summary>
    public string InsertSql { get; }

    /// <summary>The delimited column of the property.</summary>
    public string ColumnOf(string property) => _columns[property].Name;

    /// <summary>Adds the next parameter (<c>@p</c> and the command's parameter count) for a value of the property, converted
    /// and typed as EF would bind it.</summary>
    public string AddParameter(DbCommand command, string property, object? value) => AddParameter(command, _columns[property], value);

    public static string AddParameter(DbCommand command, Column column, object? value)
    {
        var name = "@p" + command.Parameters.Count;
        command.Parameters.Add(column.Mapping.CreateParameter(command, name, value, column.Property.IsNullable));
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
