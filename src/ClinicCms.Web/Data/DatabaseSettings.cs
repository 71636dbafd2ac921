namespace ClinicCms.Web.Data;

/// <summary>
/// Which database the site uses, from Umbraco's keys: <c>ConnectionStrings:umbracoDbDSN</c> and
/// <c>ConnectionStrings:umbracoDbDSN_ProviderName</c> (<c>Microsoft.Data.Sqlite</c>, the default, or <c>Npgsql</c>).
/// Without a connection string the site uses SQLite in <c>umbraco/Data/Umbraco.sqlite.db</c> under the content root.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "umbracoDbDSN";
    public const string ProviderNameKey = "ConnectionStrings:umbracoDbDSN_ProviderName";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var dataDirectory = Path.Combine(contentRoot, "umbraco", "Data");
        var providerName = configuration[ProviderNameKey];
        var provider = providerName switch
        {
            null or "" or "Microsoft.Data.Sqlite" or "Microsoft.Data.SQLite" or "System.Data.SQLite" => DatabaseProvider.Sqlite,
            "Npgsql" => DatabaseProvider.Npgsql,
            _ => throw new InvalidOperationException(
                $"{ProviderNameKey} is \"{providerName}\"; ClinicCms supports Microsoft.Data.Sqlite and Npgsql."),
        };

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Npgsql)
            {
                throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required when the provider is Npgsql.");
            }

            connectionString = "Data Source=|DataDirectory|/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True";
        }

        if (connectionString.Contains("|DataDirectory|", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(dataDirectory);
            connectionString = connectionString.Replace("|DataDirectory|", dataDirectory, StringComparison.OrdinalIgnoreCase);
        }

        return new DatabaseSettings(provider, connectionString);
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Npgsql,
}
