namespace Crm.BuildingBlocks.Data;

public sealed record ServiceDatabase(DatabaseProvider Provider, string ConnectionString);
