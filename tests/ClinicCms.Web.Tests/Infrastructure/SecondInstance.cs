namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>Another web instance of the same site: same database, its own memory and output cache.</summary>
public sealed class SecondInstance(TestDatabase shared) : CmsApplication(shared);
