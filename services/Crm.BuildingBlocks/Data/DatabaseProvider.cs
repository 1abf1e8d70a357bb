namespace Crm.BuildingBlocks.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
