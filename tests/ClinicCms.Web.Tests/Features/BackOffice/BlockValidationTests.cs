using System.Net;
using ClinicCms.Tests;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.BackOffice;

/// <summary>A schema where a section's heading is mandatory: a problem inside a Block List shows at its block.</summary>
public sealed class BlockValidationTests(BlockValidationTests.MandatoryHeadingSite site) : IClassFixture<BlockValidationTests.MandatoryHeadingSite>
{
    [Fact]
    public async Task A_problem_inside_a_block_is_shown_at_that_block_and_field()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync("/umbraco/section/content/workspace/document/edit/" + StarterContent.ChemotherapyArticle);
        var third = page.QuerySelectorAll(".block")[2].GetAttribute("data-block-key");

        var response = await editor.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { [$"v.sections.{third}.heading"] = "" });
        var result = await BackOfficeClient.ParseAsync(response);

        var blocks = result.QuerySelectorAll(".block");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The third block (emptied here) and the last (the seed's closing paragraph, which has no heading) are invalid.
        Assert.Equal([2, blocks.Length - 1], blocks.Select((b, i) => (b, i)).Where(x => x.b.ClassList.Contains("invalid")).Select(x => x.i));
        Assert.Equal(third, blocks[2].GetAttribute("data-block-key"));
        Assert.True(blocks[2].QuerySelector("details")!.HasAttribute("open"));
        Assert.False(blocks[1].QuerySelector("details")!.HasAttribute("open"));
        Assert.Equal("Heading is required.", result.QuerySelector("#problem-f-sections-2--heading .field-error")!.TextContent);
        Assert.Contains("Sections, block 3: Heading is required.", result.QuerySelectorAll(".problem-list a").Select(a => a.TextContent));
        Assert.Equal("#problem-f-sections-2--heading", result.QuerySelectorAll(".problem-list a").First(a => a.TextContent.Contains("block 3")).GetAttribute("href"));
    }

    public sealed class MandatoryHeadingSite : BackOfficeApplication
    {
        public MandatoryHeadingSite()
        {
            var folder = Path.Combine(Path.GetTempPath(), "cliniccms-usync-" + Guid.NewGuid().ToString("N"));
            CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "uSync"), folder);
            var section = Path.Combine(folder, "v17", "ContentTypes", "articlesection.config");
            var xml = File.ReadAllText(section);
            var heading = xml.IndexOf("<Alias>heading</Alias>", StringComparison.Ordinal);
            var mandatory = xml.IndexOf("<Mandatory>false</Mandatory>", heading, StringComparison.Ordinal);
            File.WriteAllText(section, xml[..mandatory] + "<Mandatory>true</Mandatory>" + xml[(mandatory + "<Mandatory>false</Mandatory>".Length)..]);
            Settings["uSync:Folder"] = folder;
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
