namespace Crm.Customers.Profiles;

/// <summary>An organisation people we look after work for (a customer's <c>companyId</c>).</summary>
public sealed class Company
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case name, indexed for search and for name+company duplicate checks.</summary>
    public string SearchName { get; set; } = "";
    /// <summary>The company's web domain, lower case; unique when given.</summary>
    public string? Domain { get; set; }
    public string? Industry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
