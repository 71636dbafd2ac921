namespace ClinicCms.Web.Features.Published;

/// <summary>Names this process among the web instances sharing a database, for cache instructions.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
