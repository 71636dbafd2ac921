using System.CommandLine;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;

namespace ClinicCms.Web.Features.USync.CommandLine;

/// <summary>
/// <c>dotnet run --project src/ClinicCms.Web -- usync report|import|export [--folder DIR] [--set schema|content|all] [--force]</c>:
/// the uSync commands, run against the site's own database settings without starting the web server.
/// Exit codes: 0 done, 1 the files are invalid (each error names file, line and problem), 2 bad usage.
/// </summary>
public static class USyncCommandLine
{
    public const int Success = 0;
    public const int InvalidFiles = 1;
    public const int BadUsage = 2;

    /// <summary>Runs the command when the arguments start with <c>usync</c> and returns its exit code; null otherwise.</summary>
    public static async Task<int?> TryRunAsync(WebApplicationBuilder builder, string[] args)
    {
        if (args.Length == 0 || !string.Equals(args[0], "usync", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var console = USyncConsole.ForProcess();
        var folder = new Option<string?>("--folder") { Description = "The uSync folder (or a version folder such as uSync/v17). Default: the site's uSync folder." };
        var set = new Option<string>("--set") { Description = "Which handlers: schema, content or all.", DefaultValueFactory = _ => "all" };
        set.AcceptOnlyFromAmong("schema", "content", "all");
        var force = new Option<bool>("--force") { Description = "Import over content edited in this environment since its last import." };

        var root = new RootCommand("uSync for ClinicCms: report what an import would change, import it, or export the site.");
        int? exitCode = null;
        foreach (var (name, description, operation) in new[]
        {
            ("report", "List, per item, what an import would do; changes nothing.", USyncOperation.Report),
            ("import", "Apply exactly what report lists, in one transaction.", USyncOperation.Import),
            ("export", "Write the site to uSync v17 files.", USyncOperation.Export),
        })
        {
            var command = new Command(name, description) { folder, set };
            if (operation != USyncOperation.Export)
            {
                command.Options.Add(force);
            }

            command.SetAction(async (parsed, cancellationToken) =>
            {
                var request = new USyncRunRequest(parsed.GetValue(folder), Scope(parsed.GetValue(set)), parsed.GetValue(force));
                exitCode = await RunAsync(builder, operation, request, console, cancellationToken);
                return exitCode.Value;
            });
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args[1..]);
        if (parseResult.Errors.Count > 0 || parseResult.CommandResult.Command == root && !args[1..].Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var parseError in parseResult.Errors)
            {
                console.Error(parseError.Message);
            }

            console.Error("Usage: usync report|import|export [--folder DIR] [--set schema|content|all] [--force]");
            return BadUsage;
        }

        var code = await parseResult.InvokeAsync();
        return exitCode ?? code;
    }

    private static USyncScope Scope(string? value) => value?.ToLowerInvariant() switch
    {
        "schema" => USyncScope.Schema,
        "content" => USyncScope.Content,
        _ => USyncScope.All,
    };

    private static async Task<int> RunAsync(WebApplicationBuilder builder, USyncOperation operation, USyncRunRequest request, USyncConsole console, CancellationToken cancellationToken)
    {
        // Logs go to standard error so that standard output carries only the results.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using var app = builder.Build();
        await app.Services.MigrateCmsDatabaseAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SchemaService>().ReloadAsync(services.GetRequiredService<CmsDbContext>(), cancellationToken);
        var usync = services.GetRequiredService<USyncService>();

        try
        {
            var result = await console.RunAsync($"uSync {operation.ToString().ToLowerInvariant()}", progress => operation switch
            {
                USyncOperation.Report => usync.ReportAsync(request, progress, cancellationToken),
                USyncOperation.Import => usync.ImportAsync(request, progress, cancellationToken),
                _ => usync.ExportAsync(request, progress, cancellationToken),
            });
            console.Print(result);
            return result.HasErrors ? InvalidFiles : Success;
        }
        catch (DirectoryNotFoundException e)
        {
            console.Error(e.Message);
            return BadUsage;
        }
    }
}
