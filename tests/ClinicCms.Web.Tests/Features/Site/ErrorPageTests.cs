using System.Net;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.Site;

/// <summary>A page that fails while rendering answers a friendly 500 page, with the security headers, never cached.</summary>
public sealed class ErrorPageTests(ErrorPageTests.FailingSite site) : IClassFixture<ErrorPageTests.FailingSite>
{
    public const string FailingPath = "/about-us/";

    [Fact]
    public async Task A_failing_page_answers_500_with_a_page_that_helps_the_reader_on()
    {
        var response = await site.CreateClient().GetAsync(FailingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>The site with one page that throws while it is built, as a bug in a template would.</summary>
    public sealed class FailingSite : CmsApplication
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new FailOn())));
        }
    }

    private sealed class FailOn : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Path == FailingPath)
            {
                throw new InvalidOperationException("A template bug");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
