namespace Crm.Customers.Timeline;

public static class TimelineLimits
{
    public const int Summary = 500;
}
