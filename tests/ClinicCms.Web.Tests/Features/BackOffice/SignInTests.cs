using System.Net;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.BackOffice;

public sealed class SignInTests(BackOfficeApplication site) : IClassFixture<BackOfficeApplication>
{
    [Fact]
    public async Task Anonymous_visitors_of_the_back_office_get_the_sign_in_page()
    {
        var client = BackOfficeClient.Anonymous(site);

        var page = await client.GetAsync("/umbraco");
        var editor = await client.Http.GetAsync("/umbraco/section/content/workspace/document/edit/" + StarterContent.ChemotherapyArticle);

        Assert.NotNull(page.QuerySelector("input[name='Input.Password']"));
        Assert.Equal("Log in to the back office", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.StartsWith("/umbraco/login", editor.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task Signing_in_sets_an_httponly_samesite_cookie_sent_to_the_back_office_only()
    {
        var client = BackOfficeClient.Anonymous(site);

        var response = await client.SignInAttemptAsync(BackOfficeApplication.Editor, BackOfficeApplication.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BackOfficeAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("path=/umbraco", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var section = await client.GetAsync("/umbraco/section/content");
        Assert.Equal("Eddie Editor", section.QuerySelector(".bo-user-name")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_message_as_an_unknown_email()
    {
        var client = BackOfficeClient.Anonymous(site);

        var wrong = await client.SignInAttemptAsync(BackOfficeApplication.Admin, "not-the-password");
        var unknown = await client.SignInAttemptAsync("nobody@clinic.test", "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var message = (await BackOfficeClient.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Equal("The email or password is not right.", message);
        Assert.Equal(message, (await BackOfficeClient.ParseAsync(unknown)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_for_seconds_not_days_even_against_the_right_password()
    {
        const string email = "locked@clinic.test";
        await site.InScopeAsync(s => s.GetRequiredService<BackOfficeUserService>().CreateAsync("Lock Test", email, BackOfficeApplication.Password, [UserGroups.Writers]));
        var client = BackOfficeClient.Anonymous(site);

        for (var i = 0; i <= LockoutPolicy.FreeAttempts; i++)
        {
            await client.SignInAttemptAsync(email, "guess-" + i);
        }

        var right = await client.SignInAttemptAsync(email, BackOfficeApplication.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked until", (await BackOfficeClient.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent);
        var lockedUntil = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void The_lockout_grows_from_seconds_to_at_most_fifteen_minutes()
    {
        Assert.Null(LockoutPolicy.After(LockoutPolicy.FreeAttempts));
        Assert.Equal(TimeSpan.FromSeconds(30), LockoutPolicy.After(LockoutPolicy.FreeAttempts + 1));
        Assert.Equal(TimeSpan.FromSeconds(60), LockoutPolicy.After(LockoutPolicy.FreeAttempts + 2));
        Assert.Equal(TimeSpan.FromMinutes(15), LockoutPolicy.After(LockoutPolicy.FreeAttempts + 100));
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await site.SignInAsync(BackOfficeApplication.Writer);
        var section = await client.GetAsync("/umbraco/section/content");

        var logout = await client.SubmitAsync(section, "form[action='/umbraco/logout']", null);
        var after = await client.Http.GetAsync("/umbraco/section/content");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/umbraco/login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var client = await site.SignInAsync(BackOfficeApplication.Editor);
        var url = "/umbraco/section/content/workspace/document/edit/" + StarterContent.AboutUs;
        var page = await client.GetAsync(url);

        var response = await client.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { ["Input.Name"] = "Hijacked" }, withToken: false);
        var login = await BackOfficeClient.Anonymous(site).Http.PostAsync("/umbraco/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = BackOfficeApplication.Editor,
            ["Input.Password"] = BackOfficeApplication.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal("About us", (await site.LatestAsync(StarterContent.AboutUs)).Name);
    }
}
