using System.Net;
using ClinicCms.Web.Data;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.BackOffice;

/// <summary>Groups decide what a user may do, and the server checks it on every request, whatever the page showed.</summary>
public sealed class PermissionTests(BackOfficeApplication site) : IClassFixture<BackOfficeApplication>
{
    private static string Edit(Guid key) => "/umbraco/section/content/workspace/document/edit/" + key;

    [Fact]
    public async Task A_writer_sees_no_publish_button_and_a_publish_posted_by_hand_is_refused()
    {
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var page = await writer.GetAsync(Edit(StarterContent.ChemotherapyArticle));
        var before = await site.LatestAsync(StarterContent.ChemotherapyArticle);

        var response = await writer.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { ["v.title"] = "Unreviewed claim" });

        Assert.Empty(page.QuerySelectorAll("button[value=publish]"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("permission to publish", (await BackOfficeClient.ParseAsync(response)).QuerySelector("[data-notice]")!.TextContent);
        Assert.Equal(before.Version, (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Version);
        Assert.DoesNotContain("Unreviewed claim", await site.CreateClient().GetStringAsync(StarterContent.ArticleUrl));
    }

    [Fact]
    public async Task A_writer_saves_drafts_that_stay_off_the_public_site()
    {
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var page = await writer.GetAsync(Edit(StarterContent.Specialists));

        var response = await writer.SubmitAsync(page, "#document-form", "Input.Action=save", new() { ["v.introduction"] = "Draft introduction by the writer" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Draft introduction by the writer", (await site.LatestAsync(StarterContent.Specialists)).Values.Get("introduction"));
        Assert.DoesNotContain("Draft introduction by the writer", await site.CreateClient().GetStringAsync("/specialists/"));
    }

    [Fact]
    public async Task A_writer_cannot_unpublish_trash_move_sort_or_roll_back()
    {
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var contact = Guid.Parse("602861ee-c6c2-46c2-8747-0e564b89f63d");

        // The writer posts the editor's forms (with the writer's own token): the server still refuses.
        var own = await writer.GetAsync(Edit(contact));
        var unpublish = await writer.SubmitAsync(await editor.GetAsync(Edit(contact)), "#unpublish-form", null, tokenFrom: own);
        var trash = await writer.SubmitAsync(await editor.GetAsync($"/umbraco/section/content/trash/{contact}"), ".dialog-page form", null, tokenFrom: own);
        var sort = await writer.SubmitAsync(await editor.GetAsync($"/umbraco/section/content/sort/{StarterContent.Home}"), "form[data-sortable]", null, tokenFrom: own);
        var rollback = await writer.Http.PostAsync($"/umbraco/section/content/rollback/{contact}", await TokenFormAsync(writer, contact, new() { ["version"] = "1", ["current"] = "1" }));

        Assert.All([unpublish, trash, sort, rollback], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/contact/")).StatusCode);
        var node = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.SingleAsync(n => n.Key == contact));
        Assert.False(node.Trashed);
    }

    [Fact]
    public async Task Only_administrators_open_the_users_section()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);

        var refused = await editor.Http.GetAsync("/umbraco/section/users");
        var users = await admin.GetAsync("/umbraco/section/users");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/umbraco/access-denied", refused.Headers.Location!.OriginalString);
        Assert.Contains(users.QuerySelectorAll("td"), td => td.TextContent == BackOfficeApplication.Writer);
    }

    [Fact]
    public async Task An_editor_publishes_and_the_change_is_on_the_public_site_at_once()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        _ = await site.CreateClient().GetStringAsync("/about-us/"); // cached now
        var page = await editor.GetAsync(Edit(StarterContent.AboutUs));

        var response = await editor.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { ["v.bodyText"] = "<p>Our team of breast surgeons and oncologists.</p>" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("?notice=published", response.Headers.Location!.OriginalString);
        Assert.Contains("Our team of breast surgeons and oncologists.", await site.CreateClient().GetStringAsync("/about-us/"));
    }

    [Fact]
    public async Task The_media_endpoints_answer_a_signed_in_user_and_refuse_an_anonymous_one_with_401()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var signedIn = await editor.Http.GetAsync(ClinicCms.Web.Features.Media.Api.MediaEndpoints.Prefix + "/children");
        var anonymous = await BackOfficeClient.Anonymous(site).Http.GetAsync(ClinicCms.Web.Features.Media.Api.MediaEndpoints.Prefix + "/children");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    // The antiforgery token of a page the user may see, for posting a form the page does not offer them.
    private static async Task<FormUrlEncodedContent> TokenFormAsync(BackOfficeClient client, Guid key, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(Edit(key));
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(fields);
    }
}
