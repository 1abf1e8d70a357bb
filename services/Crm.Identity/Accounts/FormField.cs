namespace Crm.Identity.Accounts;

/// <summary>One labelled input of a page's form.</summary>
public sealed record FormField(string Name, string Label, string Type = "text", string? Value = null, string Autocomplete = "off")
{
    public static FormField Email(string? value = null) => new("email", "Email", "email", value, "username");
    public static FormField Password(string name = "password", string label = "Password", string autocomplete = "current-password") =>
        new(name, label, "password", null, autocomplete);
    public static FormField Hidden(string name, string? value) => new(name, name, "hidden", value);
}
