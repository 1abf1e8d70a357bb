namespace Crm.Campaigns.Segments;

public static class SegmentLimits
{
    public const int Name = 200;
    public const int SampleSize = 20;
}
