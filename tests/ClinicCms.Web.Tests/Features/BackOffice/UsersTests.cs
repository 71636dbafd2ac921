using System.Net;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.BackOffice;

public sealed class UsersTests(BackOfficeApplication site) : IClassFixture<BackOfficeApplication>
{
    [Fact]
    public async Task An_administrator_creates_a_writer_who_can_then_log_in_with_writer_rights()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var users = await admin.GetAsync("/umbraco/section/users");

        var response = await admin.SubmitAsync(users, ".form-grid", null, new()
        {
            ["Input.Name"] = "Nandini Sen",
            ["Input.Email"] = "nandini@clinic.test",
            ["Input.Password"] = "her-own-long-password",
            ["Input.Groups"] = "Writers",
        });
        var list = await BackOfficeClient.ParseAsync(response);
        var nandini = await BackOfficeClient.SignInAsync(site, "nandini@clinic.test", "her-own-long-password");
        var article = await nandini.GetAsync("/umbraco/section/content/workspace/document/edit/" + StarterContent.ChemotherapyArticle);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(list.QuerySelectorAll("tr"), tr => tr.TextContent.Contains("nandini@clinic.test") && tr.TextContent.Contains("Writers"));
        Assert.Empty(article.QuerySelectorAll("button[value=publish]"));
        Assert.NotNull(article.QuerySelector("button[value=save]"));
    }

    [Fact]
    public async Task Changing_a_users_groups_ends_their_open_sessions()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var users = await admin.GetAsync("/umbraco/section/users");
        var link = users.QuerySelectorAll("a").First(a => a.TextContent == "Wendy Writer").GetAttribute("href")!;
        var page = await admin.GetAsync(link);

        var response = await admin.SubmitAsync(page, "form[action*='Groups']", null, new() { ["groups"] = "Editors" });
        var after = await writer.Http.GetAsync("/umbraco/section/content");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        var again = await site.SignInAsync(BackOfficeApplication.Writer);
        var article = await again.GetAsync("/umbraco/section/content/workspace/document/edit/" + StarterContent.ChemotherapyArticle);
        Assert.NotNull(article.QuerySelector("button[value=publish]"));
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_disabled()
    {
        var admin = await site.SignInAsync(BackOfficeApplication.Admin);
        var users = await admin.GetAsync("/umbraco/section/users");
        var page = await admin.GetAsync(users.QuerySelectorAll("a").First(a => a.TextContent == "Asha Admin").GetAttribute("href")!);

        var response = await admin.SubmitAsync(page, "form[action*='Status']", "change=disable");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("last administrator", (await BackOfficeClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
    }
}
