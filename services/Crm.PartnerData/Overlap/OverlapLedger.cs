namespace Crm.PartnerData.Overlap;

/// <summary>
/// One row per partner whose version every answered overlap query raises, so two queries of one partner racing each
/// other cannot both spend the last of the budget: the second writer loses on the version and decides again.
/// </summary>
public sealed class OverlapLedger
{
    public Guid PartnerId { get; set; }
    public long Version { get; set; }
}
