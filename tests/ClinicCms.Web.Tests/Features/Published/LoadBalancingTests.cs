using System.Diagnostics;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Published;

/// <summary>
/// Several web instances share one database; a publish on one reaches the others through the database's cache
/// instructions. (How fast is measured in bench/, not here: the deadline below only stops a hung test.)
/// </summary>
public sealed class LoadBalancingTests(CmsApplication first, ITestOutputHelper output) : IClassFixture<CmsApplication>
{
    [Fact]
    public async Task A_publish_on_one_instance_shows_on_another()
    {
        await using var second = new SecondInstance(first.Database.Share());
        var client = second.CreateClient();
        Assert.Contains("Effectiveness of chemotherapy", await client.GetStringAsync(StarterContent.ArticleUrl));

        var result = await first.EditAsync(StarterContent.ChemotherapyArticle, "title", "Published on the first instance", publish: true);
        Assert.True(result.Published, result.Message);

        var clock = Stopwatch.StartNew();
        string html;
        do
        {
            html = await client.GetStringAsync(StarterContent.ArticleUrl);
        }
        while (!html.Contains("Published on the first instance", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(15));

        output.WriteLine($"visible on the second instance after {clock.ElapsedMilliseconds} ms");
        Assert.Contains("Published on the first instance", html);
    }
}
