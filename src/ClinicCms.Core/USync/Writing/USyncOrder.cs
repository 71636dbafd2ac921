namespace ClinicCms.Core.USync.Writing;

/// <summary>
/// How uSync orders lists in its files. uSync sorts with LINQ's default string comparer (culture-sensitive, on servers
/// the invariant culture), so <c>bodyText</c> comes before <c>Footer</c>; ordinal order would not.
/// </summary>
public static class USyncOrder
{
    public static StringComparer Text { get; } = StringComparer.InvariantCulture;
}
