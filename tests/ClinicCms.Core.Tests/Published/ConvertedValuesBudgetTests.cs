using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Core.USync;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.Published;

public sealed class ConvertedValuesBudgetTests
{
    private const string ArticleUrl = "/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/";
    private static readonly USyncSet Project = USyncFolderReader.Read(TestPaths.ProjectUSync);

    [Fact]
    public void A_packed_snapshot_shows_the_same_values_as_an_unpacked_one()
    {
        var unpacked = Snapshot(packed: false, copies: 0, budget: ConvertedValuesBudget.DefaultBytes);
        var packed = Snapshot(packed: true, copies: 0, budget: ConvertedValuesBudget.DefaultBytes);

        Assert.Equal(Render(unpacked.Route(ArticleUrl)!), Render(packed.Route(ArticleUrl)!));
        Assert.Equal("Dr Sample Specialist (sample profile)", packed.Route(ArticleUrl)!.Value<IPublishedContent>("reviewedBy")?.Name);
    }

    [Fact]
    public void Pages_read_beyond_the_budget_give_up_their_converted_values_and_convert_again_alike()
    {
        var snapshot = Snapshot(packed: true, copies: 60, budget: 256 * 1024);
        var articles = snapshot.AllContent.Where(c => c.ContentType.Alias == "article").ToList();
        var first = Render(articles[0]);

        foreach (var article in articles)
        {
            Render(article);
        }

        Assert.InRange(snapshot.ValuesBudget.Used, 1, snapshot.ValuesBudget.Bytes);
        Assert.InRange(snapshot.ValuesBudget.Nodes, 2, articles.Count - 1);
        Assert.Equal(first, Render(articles[0]));
    }

    [Fact]
    public void Pages_read_often_keep_their_converted_values()
    {
        var snapshot = Snapshot(packed: true, copies: 60, budget: 256 * 1024);
        var articles = snapshot.AllContent.Where(c => c.ContentType.Alias == "article").ToList();
        var home = snapshot.RootContent[0];
        var disclaimer = home.Value<HtmlMarkup>("medicalDisclaimer");

        foreach (var article in articles)
        {
            Render(article);
            Assert.Same(disclaimer, home.Value<HtmlMarkup>("medicalDisclaimer"));
        }
    }

    [Fact]
    public void What_a_typed_model_derives_from_a_value_is_given_up_with_the_converted_values()
    {
        var snapshot = Snapshot(packed: true, copies: 60, budget: 256 * 1024, new SectionsModels());
        var articles = snapshot.AllContent.OfType<SectionsModel>().ToList();
        var first = articles[0];
        var sections = first.Sections;
        Assert.Same(sections, first.Sections);

        foreach (var article in articles)
        {
            Assert.NotEmpty(article.Sections);
        }

        var again = first.Sections;
        Assert.NotSame(sections, again);
        Assert.Equal(sections.Select(s => s.Content.Value<string>("heading")), again.Select(s => s.Content.Value<string>("heading")));
    }

    [Fact]
    public void A_snapshot_that_keeps_only_short_values_reads_the_long_texts_from_storage_alike()
    {
        var unpacked = Snapshot(packed: false, copies: 0, budget: ConvertedValuesBudget.DefaultBytes);
        var store = new CountingStore();
        var stored = Snapshot(packed: true, copies: 0, budget: ConvertedValuesBudget.DefaultBytes, store: store);
        var article = stored.Route(ArticleUrl)!;

        Assert.True(PackedPropertyValues.IsWithoutLongTexts(stored.Data(article.Key)!.PackedValues));
        Assert.Equal(Render(unpacked.Route(ArticleUrl)!), Render(article));
        Assert.Equal(Render(article), Render(article));
        Assert.Equal(1, store.Reads); // read once, then held with the converted values
    }

    [Fact]
    public void Short_values_across_the_site_are_read_without_going_to_storage()
    {
        var store = new CountingStore();
        var snapshot = Snapshot(packed: true, copies: 30, budget: ConvertedValuesBudget.DefaultBytes, store: store);

        var titles = snapshot.AllContent.Where(c => c.ContentType.Alias == "article").Select(a => a.Value<string>("title")).ToList();

        Assert.Equal(31, titles.Count);
        Assert.Contains("Copy 30", titles);
        Assert.Equal(0, store.Reads);
    }

    [Fact]
    public void Pages_given_up_by_the_budget_read_their_long_texts_again()
    {
        var store = new CountingStore();
        var snapshot = Snapshot(packed: true, copies: 60, budget: 256 * 1024, store: store);
        var articles = snapshot.AllContent.Where(c => c.ContentType.Alias == "article").ToList();
        var first = Render(articles[0]);

        foreach (var article in articles)
        {
            Render(article);
        }

        Assert.Equal(first, Render(articles[0]));
        Assert.Equal(articles.Count + 1, store.Reads);
    }

    [Fact]
    public void A_page_whose_stored_version_has_gone_keeps_its_short_values()
    {
        var store = new CountingStore { Gone = true };
        var article = Snapshot(packed: true, copies: 0, budget: ConvertedValuesBudget.DefaultBytes, store: store).Route(ArticleUrl)!;

        Assert.Empty(article.Value<BlockListModel>("sections") ?? BlockListModel.Empty);
        Assert.Equal("Effectiveness of chemotherapy in treating metastatic breast cancer", article.Value<string>("title"));
    }

    private static string Render(IPublishedContent article)
    {
        var sections = article.Value<BlockListModel>("sections")!;
        return string.Join("\n", [article.Value<string>("title"), article.Value<string>("summary"),
            .. sections.Select(s => $"{s.Content.Value<string>("heading")}: {s.Content.Value<HtmlMarkup>("body")?.Markup}")]);
    }

    // The project's starter content, plus copies of its article under the same list, packed as the database keeps them.
    // With a store, each node keeps only its short values and the store answers for its version (as the database does).
    private static PublishedSnapshot Snapshot(bool packed, int copies, long budget, IPublishedModelFactory? models = null, CountingStore? store = null)
    {
        var items = Project.Content.Select(c => c.Item).ToList();
        var article = items.Single(i => i.ContentTypeAlias == "article");
        items.AddRange(Enumerable.Range(1, copies).Select(i => article with
        {
            Key = Guid.Parse($"00000000-0000-4000-8000-{i:D12}"),
            Name = $"{article.Name} {i}",
            Properties = article.Properties.Set("title", $"Copy {i}"),
        }));

        var registry = Project.ToRegistry();
        var nodes = items.Select((item, i) => new PublishedNodeData
        {
            Id = i + 1,
            Key = item.Key,
            Kind = item.Kind,
            ParentKey = item.ParentKey,
            Level = item.Level,
            SortOrder = item.SortOrder ?? 0,
            ContentTypeAlias = item.ContentTypeAlias,
            Name = item.Name,
            UrlSegment = UrlSegments.ForName(item.Name),
            TemplateKey = item.Template is { } t ? registry.Template(t.Alias)?.Key : null,
            VersionId = i + 1,
        }).Select((node, i) => (packed, store) switch
        {
            (true, null) => node with { PackedValues = PackedPropertyValues.Pack(items[i].Properties) },
            (true, _) => node with { PackedValues = PackedPropertyValues.WithoutLongTexts(store.Add(node.VersionId, items[i].Properties)), Store = store },
            _ => node with { Values = items[i].Properties },
        });
        return PublishedSnapshot.Build(registry, nodes, modelFactory: models, valuesBudgetBytes: budget);
    }

    private sealed class CountingStore : IPublishedValuesStore
    {
        private readonly Dictionary<int, byte[]> _versions = [];
        private int _reads;

        public int Reads => _reads;

        public bool Gone { get; init; }

        public byte[] Add(int versionId, PropertyValues values) => _versions[versionId] = PackedPropertyValues.Pack(values);

        public byte[]? ReadPacked(PublishedNodeData node)
        {
            Interlocked.Increment(ref _reads);
            return Gone ? null : _versions[node.VersionId];
        }
    }

    // A typed article model as the models generator writes one: the list of blocks is kept with the node's values.
    private sealed class SectionsModel(IPublishedContent content) : PublishedContentModel(content)
    {
        public IReadOnlyList<BlockListItem> Sections => Cached("sections", () => (IReadOnlyList<BlockListItem>)[.. this.Value<BlockListModel>("sections") ?? BlockListModel.Empty]);
    }

    private sealed class SectionsModels : IPublishedModelFactory
    {
        public IPublishedContent CreateModel(IPublishedContent content) => content.ContentType.Alias == "article" ? new SectionsModel(content) : content;

        public IPublishedElement CreateModel(IPublishedElement element) => element;
    }
}
