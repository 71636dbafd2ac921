using System.Net;
using AngleSharp.Dom;
using ClinicCms.Tests;
using ClinicCms.Web.Features.BackOffice.Settings;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.BackOffice.Settings;

/// <summary>
/// The back-office site on its own copy of the project's uSync folder, so the uSync page's tests may change the files
/// and export into them without touching the repository.
/// </summary>
public class USyncPageApplication : BackOfficeApplication
{
    public const string USyncPage = "/umbraco/section/settings/usync";
    public const string ArticleFile = "Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config";

    internal TempUSyncFolder Folder { get; }

    public USyncPageApplication()
        : this(new TempUSyncFolder())
    {
    }

    internal USyncPageApplication(TempUSyncFolder folder)
    {
        Folder = folder;
        Settings["uSync:Folder"] = folder.Path;
    }

    public IReadOnlyList<USyncJob> Runs => Services.GetRequiredService<USyncJobs>().Recent;

    /// <summary>Sets the article's meta title in its uSync file (whatever it holds now).</summary>
    public void SetArticleMetaTitleInFile(string title)
    {
        var text = Folder.Read(ArticleFile);
        var start = text.IndexOf("<metaTitle>", StringComparison.Ordinal);
        var end = text.IndexOf("</metaTitle>", start, StringComparison.Ordinal);
        Folder.Write(ArticleFile, text[..start] + $"<metaTitle>\n      <Value><![CDATA[{title}]]></Value>\n    " + text[end..]);
    }

    /// <summary>
    /// Presses a button of the uSync page's form (or another form) as a browser without JavaScript does, then follows
    /// the run's page until it shows results: each GET waits a little on the server, a long run shows its progress.
    /// </summary>
    public static async Task<IDocument> RunAsync(BackOfficeClient client, IDocument page, string form, string? button, Dictionary<string, string?>? changes = null)
    {
        var response = await client.SubmitAsync(page, form, button, changes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(USyncPage + "/", location, StringComparison.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            var run = await client.GetAsync(location);
            if (run.QuerySelector("[data-usync-progress]") is null || attempt == 100)
            {
                return run;
            }
        }
    }

    /// <summary>The results table as a screen reader reads it (no aria-hidden text): action, type, name, file, details.</summary>
    public static List<string[]> Rows(IDocument page) => [.. page.QuerySelectorAll(".usync-table tbody tr")
        .Select(tr => tr.Children.Select(ReadAloud).ToArray())];

    private static string ReadAloud(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var hidden in copy.QuerySelectorAll("[aria-hidden=true]").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent.Squash();
    }

    public static List<string> Counts(IDocument page) => [.. page.QuerySelectorAll(".usync-counts li").Select(li => li.TextContent.Squash())];

    public static FormUrlEncodedContent Token(IDocument page) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
