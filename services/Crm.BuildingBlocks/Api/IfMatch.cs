namespace Crm.BuildingBlocks.Api;

/// <summary>What a request's If-Match says about the version it means to change.</summary>
public enum IfMatch
{
    Missing,
    Stale,
    Current,
}
