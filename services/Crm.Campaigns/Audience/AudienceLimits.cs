namespace Crm.Campaigns.Audience;

public static class AudienceLimits
{
    public const int Name = 100;
    public const int Email = 254;
    public const int Place = 100;
    public const int Short = 64;
    public const int Attribute = 200;
}
