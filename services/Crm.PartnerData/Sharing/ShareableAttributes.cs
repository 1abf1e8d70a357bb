namespace Crm.PartnerData.Sharing;

/// <summary>The customer attributes an agreement may name.</summary>
public static class ShareableAttributes
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string City = "city";
    public const string Country = "country";
    public const string BirthYear = "birthYear";
    public const string Gender = "gender";
    public const string LifecycleStage = "lifecycleStage";

    public static readonly IReadOnlyList<string> All = [FirstName, LastName, Email, Phone, City, Country, BirthYear, Gender, LifecycleStage];
}
