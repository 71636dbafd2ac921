using System.Net;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.BackOffice;

/// <summary>Without the unattended install keys and without any user, /umbraco offers the one-time setup screen.</summary>
public sealed class SetupTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task The_setup_screen_creates_the_first_administrator_once_and_then_disappears()
    {
        var visitor = BackOfficeClient.Anonymous(site);
        var setup = await visitor.GetAsync("/umbraco");
        Assert.Equal("Create the first administrator", setup.QuerySelector("h1")!.TextContent);

        var created = await visitor.SubmitAsync(setup, "form", null, new()
        {
            ["Input.Name"] = "Dr Roy",
            ["Input.Email"] = "roy@clinic.test",
            ["Input.Password"] = "a-long-enough-password",
        });
        var section = await visitor.GetAsync("/umbraco/section/content");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Dr Roy", section.QuerySelector(".bo-user-name")!.TextContent);
        Assert.NotNull(section.QuerySelector("a[href='/umbraco/section/users']"));
        Assert.Equal(HttpStatusCode.NotFound, (await BackOfficeClient.Anonymous(site).Http.GetAsync("/umbraco/install")).StatusCode);
        var second = await BackOfficeClient.Anonymous(site).Http.PostAsync("/umbraco/install", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, second.StatusCode);
        var login = await BackOfficeClient.Anonymous(site).GetAsync("/umbraco");
        Assert.Equal("Log in to the back office", login.QuerySelector("h1")!.TextContent);
    }
}
