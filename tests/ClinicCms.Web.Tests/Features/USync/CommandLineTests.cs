using System.Diagnostics;
using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.USync;

/// <summary>
/// The <c>usync</c> command as a developer runs it: the web app's own binary, the site's database settings, output
/// redirected (so plain lines), and its exit codes: 0 done, 1 invalid files, 2 bad usage. It never starts the server.
/// </summary>
public sealed class CommandLineTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly TempUSyncFolder _folder = new();

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Report_import_and_export_run_against_the_database_and_exit_with_zero()
    {
        using var target = TempUSyncFolder.Empty();

        var report = await RunAsync("usync", "report", "--folder", _folder.Path);
        var import = await RunAsync("usync", "import", "--folder", _folder.Path, "--set", "all");
        var again = await RunAsync("usync", "report", "--folder", _folder.Path);
        var export = await RunAsync("usync", "export", "--folder", target.Path);

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("Create: Document type \"article\" (ContentTypes/article.config)", report.Output);
        Assert.EndsWith($"report {_folder.Path}: 52 Create", report.Output.TrimEnd());
        Assert.Equal(0, import.ExitCode);
        Assert.EndsWith($"import {_folder.Path}: 52 Create", import.Output.TrimEnd());
        Assert.EndsWith($"report {_folder.Path}: 52 No change", again.Output.TrimEnd());
        Assert.Equal(0, export.ExitCode);
        Assert.EndsWith($"export {target.Path}: 53 Created", export.Output.TrimEnd());
        Assert.Equal(File.ReadAllBytes(_folder.File(ArticleFile)), File.ReadAllBytes(target.File(ArticleFile)));
        Assert.DoesNotContain("Now listening", report.Output + import.Output + export.Output);
    }

    [Fact]
    public async Task Invalid_files_exit_with_one_and_name_file_line_and_problem_and_change_nothing()
    {
        _folder.Replace("ContentTypes/article.config", "be0ec54f-411b-4b97-bf2e-59196532906c", "00000000-1111-4222-8333-444444444444");
        var line = _folder.LineOf("ContentTypes/article.config", "00000000-1111-4222-8333-444444444444");

        var import = await RunAsync("usync", "import", "--folder", _folder.Path);
        var report = await RunAsync("usync", "report", "--folder", TestPaths.ProjectUSync);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"ContentTypes/article.config({line}): error: \"article\" is composed of \"seoComposition\"", import.Error);
        Assert.Contains("import refused: 1 error(s) in the files; nothing was changed", import.Output);
        Assert.EndsWith(": 52 Create", report.Output.TrimEnd());
    }

    [Theory]
    [InlineData("usync")]
    [InlineData("usync", "frobnicate")]
    [InlineData("usync", "report", "--set", "everything")]
    [InlineData("usync", "export", "--force")]
    [InlineData("usync", "report", "--folder", "/nonexistent/uSync")]
    public async Task Bad_usage_exits_with_two_and_says_how_to_use_it(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error.Trim());
    }

    private const string ArticleFile = "Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config";

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.RepositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClinicCms.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[$"ConnectionStrings__{DatabaseSettings.ConnectionStringName}"] = _database.ConnectionString;
        start.Environment[DatabaseSettings.ProviderNameKey.Replace(":", "__", StringComparison.Ordinal)] = _database.ProviderName;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
