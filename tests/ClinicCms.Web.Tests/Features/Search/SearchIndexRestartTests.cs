using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Search;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicCms.Web.Tests.Features.Search;

/// <summary>
/// The search index is kept on disk between restarts: a restart whose pages did not change opens it as it was (no
/// new commit), and a restart after the pages changed while it was stopped rebuilds it, so it never finds what is
/// no longer published.
/// </summary>
public sealed class SearchIndexRestartTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _index = Directory.CreateTempSubdirectory("cliniccms-search-restart-").FullName;

    [Fact]
    public async Task A_restart_with_the_same_pages_opens_the_index_it_left_and_still_finds_them()
    {
        await using (var first = Site(_index))
        {
            Assert.Contains(await SearchAsync(first, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        }

        var commits = Commits();
        await using var second = Site(_index);

        Assert.Contains(await SearchAsync(second, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        Assert.Equal(commits, Commits());
    }

    [Fact]
    public async Task A_restart_with_the_same_pages_leaves_lucene_closed_until_the_first_search()
    {
        await using (var first = Site(_index))
        {
            Assert.Contains(await SearchAsync(first, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        }

        await using var second = Site(_index);
        var index = second.Services.GetRequiredService<SiteSearchIndex>();

        Assert.False(index.IsOpen);
        Assert.Contains(await SearchAsync(second, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        Assert.True(index.IsOpen);
    }

    [Fact]
    public async Task An_index_that_does_not_match_its_signature_file_is_rebuilt_when_it_opens()
    {
        await using (var first = Site(_index))
        {
            Assert.Contains(await SearchAsync(first, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        }

        LoseIndexFilesKeepingSignature();

        await using var second = Site(_index);

        // The first search opens the empty index, which is then rebuilt in the background.
        var found = await WithinThirtySecondsAsync(async () => (await SearchAsync(second, "chemotherapy")).Contains(StarterContent.ArticleUrl));

        Assert.True(found, "the rebuilt index finds the article");
    }

    [Fact]
    public async Task An_index_a_search_opened_before_the_start_trusted_its_signature_file_is_still_rebuilt()
    {
        await using (var first = Site(_index))
        {
            Assert.Contains(await SearchAsync(first, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        }

        LoseIndexFilesKeepingSignature();

        // The site's own index trusts the file and leaves Lucene closed. A second one over the same folder takes the
        // order a busy start can take: a search opens Lucene first, and the start's check of the signature file
        // comes after it.
        await using var site = Site(_index);
        await site.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        var services = site.Services;
        using var index = new SiteSearchIndex(
            services.GetRequiredService<PublishedSnapshotService>(),
            services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<IHostEnvironment>(),
            services.GetRequiredService<ILogger<SiteSearchIndex>>());
        Assert.Equal(0, index.Search(searcher => searcher.IndexReader.NumDocs));

        index.Subscribe();

        var rebuilt = await WithinThirtySecondsAsync(() => Task.FromResult(index.Search(searcher => searcher.IndexReader.NumDocs) > 0));

        Assert.True(rebuilt, "the index the search opened empty is rebuilt");
        Assert.True(index.IsCurrent);
    }

    [Fact]
    public async Task A_page_unpublished_while_the_site_was_stopped_is_not_found_after_the_restart()
    {
        await using (var first = Site(_index))
        {
            Assert.Contains(await SearchAsync(first, "chemotherapy"), url => url == StarterContent.ArticleUrl);
        }

        // Another instance (its own index) unpublishes the article while this one is stopped.
        var elsewhere = Directory.CreateTempSubdirectory("cliniccms-search-other-").FullName;
        await using (var other = Site(elsewhere))
        {
            await other.UnpublishAsync(StarterContent.ChemotherapyArticle);
        }

        Directory.Delete(elsewhere, recursive: true);
        await using var restarted = Site(_index);

        Assert.DoesNotContain(await SearchAsync(restarted, "chemotherapy"), url => url == StarterContent.ArticleUrl);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_index, recursive: true);
    }

    private CmsApplication Site(string index)
    {
        var site = new SharedDatabaseSite(_database.Share());
        site.Settings[SearchIndexFolder.Setting] = index;
        return site;
    }

    // The index files are lost; the signature file beside them still says the index is current.
    private void LoseIndexFilesKeepingSignature()
    {
        var signature = Directory.EnumerateFiles(_index, SiteSearchIndex.SignatureFile, SearchOption.AllDirectories).Single();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(signature)!).Where(f => f != signature))
        {
            File.Delete(file);
        }
    }

    // The background rebuild's end, seen from outside: asks every 100 ms for up to 30 s.
    private static async Task<bool> WithinThirtySecondsAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return false;
    }

    private string[] Commits() =>
        [.. Directory.EnumerateFiles(_index, "segments_*", SearchOption.AllDirectories).Select(Path.GetFileName).Order()!];

    private static async Task<List<string>> SearchAsync(CmsApplication site, string query)
    {
        var page = await site.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return [.. page.QuerySelectorAll("ol.results li .result__title a").Select(a => a.GetAttribute("href")!)];
    }

    private sealed class SharedDatabaseSite(TestDatabase database) : CmsApplication(database);
}
