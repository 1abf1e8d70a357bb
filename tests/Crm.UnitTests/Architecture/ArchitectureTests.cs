using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Crm.UnitTests.Architecture;

/// <summary>The rules of the house that a build can check: who may use whom.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Frameworks = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"];

    public static TheoryData<string> ServiceNames => [.. Assemblies.Services.Select(Assemblies.Name)];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void No_service_references_another_service(string service)
    {
        var assembly = Assemblies.Services.Single(a => Assemblies.Name(a) == service);
        var others = Assemblies.Services.Select(Assemblies.Name).Where(name => name != service).ToArray();

        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), reference => others.Contains(reference.Name));
        AssertKept(Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(others).GetResult());
    }

    [Fact]
    public void The_contracts_depend_on_nothing_but_the_runtime()
    {
        var references = Assemblies.Contracts.GetReferencedAssemblies().Select(reference => reference.Name!);

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Crm.Contracts references {name}"));
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Entities_and_rule_classes_use_neither_asp_net_core_nor_ef_core(string service)
    {
        var assembly = Assemblies.Services.Single(a => Assemblies.Name(a) == service);
        var entities = Assemblies.Entities(assembly).Select(type => Regex.Escape(type.Name));
        var ruleClasses = new[] { @"\w+Rules?", @"\w+Clock", @"\w+Workflow" };
        var names = $"^({string.Join('|', entities.Concat(ruleClasses))})$";

        AssertKept(Types.InAssembly(assembly).That().HaveNameMatching(names).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult());
    }

    /// <summary>The save path's folders of the building blocks, lowest first: each may use only those before it.</summary>
    public static TheoryData<string> SavePathLayers => [.. SavePath[..^1]];

    private static readonly string[] SavePath =
    [
        "Crm.BuildingBlocks.Sql", "Crm.BuildingBlocks.Sqlite", "Crm.BuildingBlocks.Outbox", "Crm.BuildingBlocks.Inbox",
        "Crm.BuildingBlocks.Data", "Crm.BuildingBlocks.Relay", "Crm.BuildingBlocks.Messaging",
    ];

    [Theory]
    [MemberData(nameof(SavePathLayers))]
    public void A_save_runs_one_way_through_the_building_blocks(string layer)
    {
        var above = SavePath.SkipWhile(name => name != layer).Skip(1).ToArray();

        var types = Types.InAssembly(Assemblies.BuildingBlocks).That().ResideInNamespaceMatching($"^{Regex.Escape(layer)}$");

        Assert.NotEmpty(types.GetTypes());
        AssertKept(types.ShouldNot().HaveDependencyOnAny(above).GetResult());
    }

    [Fact]
    public void The_storage_code_never_uses_messaging()
    {
        AssertKept(Types.InAssembly(Assemblies.BuildingBlocks).That()
            .ResideInNamespaceMatching(@"^Crm\.BuildingBlocks\.(Sql|Sqlite|Data)(\..*)?$")
            .ShouldNot().HaveDependencyOnAny("Crm.BuildingBlocks.Relay", "Crm.BuildingBlocks.Messaging", "MassTransit", "RabbitMQ")
            .GetResult());
    }

    private static void AssertKept(TestResult result) =>
        Assert.True(result.IsSuccessful, $"broken by: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
