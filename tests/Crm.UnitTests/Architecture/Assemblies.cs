using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Crm.UnitTests.Architecture;

/// <summary>The assemblies of the product whose shape the architecture tests hold.</summary>
internal static class Assemblies
{
    public static readonly Assembly Contracts = typeof(Crm.Contracts.Customers.CustomerRegistered).Assembly;
    public static readonly Assembly BuildingBlocks = typeof(Crm.BuildingBlocks.Api.Problems).Assembly;

    public static readonly IReadOnlyList<Assembly> Services =
    [
        typeof(Crm.Customers.CustomersServiceExtensions).Assembly,
        typeof(Crm.Tickets.TicketsServiceExtensions).Assembly,
        typeof(Crm.Surveys.SurveysServiceExtensions).Assembly,
        typeof(Crm.Campaigns.CampaignsServiceExtensions).Assembly,
        typeof(Crm.PartnerData.PartnerDataServiceExtensions).Assembly,
    ];

    public static string Name(Assembly assembly) => assembly.GetName().Name!;

    /// <summary>The entities of a service: every type its EF Core model configures.</summary>
    public static IEnumerable<Type> Entities(Assembly service) =>
        service.GetTypes()
            .SelectMany(type => type.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(contract => contract.GetGenericArguments()[0])
            .Where(entity => entity.Assembly == service)
            .Distinct();
}
