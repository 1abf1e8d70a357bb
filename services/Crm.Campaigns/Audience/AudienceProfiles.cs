namespace Crm.Campaigns.Audience;

public static class AudienceProfiles
{
    public static void Apply(AudienceMember m, ProfileSnapshot p, long version, DateTimeOffset at)
    {
        m.Known = true;
        m.ProfileVersion = version;
        m.ProfileAt = AudienceStore.Utc(at);
        m.FirstName = Cut(p.FirstName, AudienceLimits.Name);
        m.LastName = Cut(p.LastName, AudienceLimits.Name);
        m.Email = Cut(p.Email, AudienceLimits.Email);
        m.BirthYear = p.BirthYear;
        m.Gender = Cut(p.Gender, AudienceLimits.Short);
        m.City = Cut(p.City, AudienceLimits.Place);
        m.Country = Cut(p.Country, AudienceLimits.Place);
        m.LifecycleStage = Cut(p.LifecycleStage.ToLowerInvariant(), 16);
    }

    private static string? Cut(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}
