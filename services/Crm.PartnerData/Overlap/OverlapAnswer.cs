namespace Crm.PartnerData.Overlap;

/// <summary><c>{overlap}</c>, or <c>{overlap:null,suppressed:true}</c>.</summary>
public sealed record OverlapAnswer(int? Overlap, bool Suppressed)
{
    public static readonly OverlapAnswer Withheld = new(null, true);
}
