using System.Net;
using ClinicCms.Web.Tests.Infrastructure;
using static ClinicCms.Web.Tests.Features.BackOffice.Settings.USyncPageApplication;

namespace ClinicCms.Web.Tests.Features.BackOffice.Settings;

/// <summary>
/// The Settings section and its uSync page are for Administrators: Editors and Writers do not see the section and the
/// server refuses every request of theirs, even a form posted by hand with their own valid token; and every post
/// needs the antiforgery token.
/// </summary>
public sealed class USyncPagePermissionTests(USyncPageApplication site) : IClassFixture<USyncPageApplication>
{
    public static TheoryData<string> NotAdministrators => [BackOfficeApplication.Editor, BackOfficeApplication.Writer];

    [Fact]
    public async Task Administrators_see_the_settings_section_and_open_the_usync_page()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);

        var content = await admin.GetAsync("/umbraco/section/content");
        var settings = await admin.GetAsync(content.QuerySelectorAll(".bo-sections a").Single(a => a.TextContent == "Settings").GetAttribute("href")!);
        var usync = await admin.GetAsync(settings.QuerySelectorAll(".bo-sidebar a").Single(a => a.TextContent.Trim() == "uSync").GetAttribute("href")!);

        Assert.Equal("uSync", usync.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Report", "Import", "Export"], usync.QuerySelectorAll(".usync-form button").Select(b => b.TextContent));
        Assert.Equal(["schema", "content", "all"], usync.QuerySelectorAll("input[name='Input.Set']").Select(i => i.GetAttribute("value")));
    }

    [Theory]
    [MemberData(nameof(NotAdministrators))]
    public async Task Editors_and_writers_neither_see_nor_open_the_settings_section(string email)
    {
        var user = await site.SignInAsync(email);

        var content = await user.GetAsync("/umbraco/section/content");
        var responses = new[]
        {
            await user.Http.GetAsync("/umbraco/section/settings"),
            await user.Http.GetAsync(USyncPage),
            await user.Http.GetAsync($"{USyncPage}/{Guid.NewGuid()}"),
            await user.Http.GetAsync($"{USyncPage}/{Guid.NewGuid()}?handler=Status"),
        };

        Assert.DoesNotContain(content.QuerySelectorAll(".bo-sections a"), a => a.TextContent == "Settings");
        Assert.All(responses, r => Assert.Contains("/umbraco/access-denied", r.Headers.Location?.OriginalString));
    }

    [Theory]
    [MemberData(nameof(NotAdministrators))]
    public async Task Editors_and_writers_posting_the_forms_by_hand_are_refused_and_nothing_runs(string email)
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var user = await site.SignInAsync(email);
        site.SetArticleMetaTitleInFile("Posted by hand by " + email);
        var review = await RunAsync(admin, await admin.GetAsync(USyncPage), ".usync-form", "Input.Operation=import");
        site.Folder.Delete("Templates/article.config");
        var runs = site.Runs.Count;
        var before = await site.SnapshotAsync();
        var own = await user.GetAsync("/umbraco/section/content"); // the user's own antiforgery token

        try
        {
            var responses = new List<HttpResponseMessage>();
            foreach (var operation in new[] { "report", "import", "export" })
            {
                responses.Add(await user.SubmitAsync(await admin.GetAsync(USyncPage), ".usync-form", "Input.Operation=" + operation, tokenFrom: own));
            }

            responses.Add(await user.SubmitAsync(review, "#usync-confirm", null, tokenFrom: own));

            Assert.All(responses, r => Assert.Contains("/umbraco/access-denied", r.Headers.Location?.OriginalString));
            Assert.Equal(runs, site.Runs.Count);
            Assert.Equal(before, await site.SnapshotAsync());
            Assert.False(File.Exists(site.Folder.File("Templates/article.config")));
        }
        finally
        {
            // Back in step: the template file again, and the review imported after all.
            await RunAsync(admin, await admin.GetAsync(USyncPage), ".usync-form", "Input.Operation=export", new() { ["Input.Set"] = "schema" });
            await RunAsync(admin, review, "#usync-confirm", null);
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_nothing_runs()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var runs = site.Runs.Count;

        var response = await admin.SubmitAsync(await admin.GetAsync(USyncPage), ".usync-form", "Input.Operation=export", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(runs, site.Runs.Count);
    }

    [Fact]
    public async Task A_bad_set_is_refused_with_a_message_and_nothing_runs()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var runs = site.Runs.Count;

        var response = await admin.SubmitAsync(await admin.GetAsync(USyncPage), ".usync-form", "Input.Operation=import", new() { ["Input.Set"] = "everything" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a set", (await BackOfficeClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(runs, site.Runs.Count);
    }
}
