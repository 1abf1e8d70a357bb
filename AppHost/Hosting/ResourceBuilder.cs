using Crm.AppHost.Resources;

namespace Crm.AppHost.Hosting;

/// <summary>Declares a resource's references and start order, in the shape of .NET Aspire's IResourceBuilder.</summary>
public sealed class ResourceBuilder<T>(DistributedApplicationBuilder app, T resource) where T : Resource
{
    public T Resource { get; } = resource;

    /// <summary>The project receives the resource's connection string or endpoint.</summary>
    public ResourceBuilder<T> WithReference<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        Resource.References.Add(other.Resource);
        return this;
    }

    /// <summary>The resource starts only once <paramref name="other"/> is healthy.</summary>
    public ResourceBuilder<T> WaitFor<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        Resource.WaitsFor.Add(other.Resource);
        return this;
    }

    /// <summary>A database of the project's own: <c>ConnectionStrings__&lt;name&gt;-db</c>.</summary>
    public ResourceBuilder<T> WithDatabase()
    {
        var database = app.AddDatabase(Crm.Contracts.ResourceNames.DatabaseOf(Resource.Name));
        return WithReference(database);
    }

    public ResourceBuilder<T> WithHttpEndpoint(int port)
    {
        if (Resource is ProjectResource project)
        {
            project.Port = port;
        }

        return this;
    }

    public ResourceBuilder<T> WithEnvironment(string key, string value)
    {
        (Resource as ProjectResource)?.WithEnvironment(key, value);
        return this;
    }
}
