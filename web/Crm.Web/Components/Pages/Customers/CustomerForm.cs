using Crm.Web.Api.Client.Models;

namespace Crm.Web.Components.Pages.Customers;

/// <summary>The editable fields of a customer; an emptied optional field is sent as empty, which clears it.</summary>
public sealed class CustomerForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }

    public static CustomerForm From(CustomerResponse c) => new()
    {
        FirstName = c.FirstName, LastName = c.LastName, Email = c.Email, Phone = c.Phone, City = c.City, Country = c.Country,
    };

    public UpdateCustomerRequest ToRequest() => new()
    {
        FirstName = FirstName, LastName = LastName, Email = Email, Phone = Phone, City = City, Country = Country,
    };
}
