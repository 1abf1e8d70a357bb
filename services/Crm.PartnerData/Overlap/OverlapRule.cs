namespace Crm.PartnerData.Overlap;

public sealed record OverlapAnswer(int? Overlap, bool Suppressed);

/// <summary>
/// The overlap between a partner's list and our consenting customers, protected against re-identification:
/// an intersection below the minimum group size is suppressed, and a reported one is rounded down to a multiple of
/// the bucket size — so two queries that differ by one email give the same answer unless the bucket boundary is
/// crossed, and a partner cannot learn whether one particular person is our customer by differencing. A daily
/// query limit per partner bounds how many boundary probes are possible.
/// </summary>
public static class OverlapRule
{
    public static OverlapAnswer Answer(int intersection, int minimumGroupSize, int bucket)
    {
        if (intersection < minimumGroupSize)
        {
            return new OverlapAnswer(null, true);
        }

        return new OverlapAnswer(bucket <= 1 ? intersection : intersection / bucket * bucket, false);
    }
}
