namespace Crm.PartnerData.Overlap;

public sealed class OverlapOptions
{
    public const string Section = "PartnerData:Overlap";

    public int MinimumGroupSize { get; set; } = 5;
    public int Bucket { get; set; } = 5;
    public int DailyQueries { get; set; } = 50;
    public int MaxHashes { get; set; } = 10_000;
}
