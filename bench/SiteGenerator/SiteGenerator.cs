using System.Text.Json;
using ClinicCms.Core.USync;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>
/// Writes a whole site: the project's schema and starter content copied from its uSync folder, then topic lists,
/// specialists and articles as uSync content files, plus URL lists the benchmarks read.
/// </summary>
public sealed class SiteGenerator(string sourceFolder, string wordBankPath)
{
    // Fixed, so the same seed gives the same bytes on any day.
    private static readonly DateTime Today = new(2026, 11, 28);

    public SiteSummary Generate(string outputRoot, int nodes, int seed)
    {
        var schema = new SiteSchema(USyncFolderReader.Read(sourceFolder));
        var words = WordBank.Load(wordBankPath, seed);
        var text = new MedicalText(words);
        var plan = SitePlan.For(nodes, schema.Starter.Count);

        var uSyncFolder = Path.Combine(outputRoot, "uSync", "v17");
        if (Directory.Exists(outputRoot))
        {
            Directory.Delete(outputRoot, recursive: true);
        }

        CopyFolder(sourceFolder, uSyncFolder);
        var writer = new ContentWriter(schema, Path.Combine(uSyncFolder, "Content"));

        var lists = words.PickDistinct("listnames", plan.Lists).Select((name, i) => writer.Add(TopicList(schema, words, name, i))).ToList();
        var specialistFactory = new SpecialistFactory(words, text, schema);
        var specialists = Enumerable.Range(1, plan.Specialists).Select(i => writer.Add(specialistFactory.Create(i, Today))).ToList();

        var articleFactory = new ArticleFactory(words, text, schema);
        var articles = new List<GeneratedNode>(plan.Articles);
        for (var i = 0; i < plan.Articles; i++)
        {
            var related = articles.Count > 0 && words.Chance(0.5) ? words.Pick(articles) : null;
            articles.Add(writer.Add(articleFactory.Create(lists[i % lists.Count], i / lists.Count, Today, words.Pick(specialists), related)));
        }

        var urls = Path.Combine(outputRoot, "urls");
        Directory.CreateDirectory(urls);
        File.WriteAllLines(Path.Combine(urls, "articles.txt"), articles.Select(a => a.Url));
        File.WriteAllLines(Path.Combine(urls, "specialists.txt"), specialists.Select(s => s.Url));
        File.WriteAllLines(Path.Combine(urls, "lists.txt"), lists.Select(l => l.Url));
        // Keys for the back-office figures, which open and publish articles by key (line for line with articles.txt).
        File.WriteAllLines(Path.Combine(urls, "article-keys.txt"), articles.Select(a => a.Key.ToString()));
        File.WriteAllLines(Path.Combine(urls, "list-keys.txt"), lists.Select(l => l.Key.ToString()));

        // The article the single-page figures use: the one whose stored sections are of median size.
        var reference = articles.OrderBy(a => a.Values["sections"].Length).ElementAt(articles.Count / 2);
        File.WriteAllText(Path.Combine(urls, "reference-article.txt"), reference.Url + "\n");
        File.WriteAllText(Path.Combine(urls, "reference-article-key.txt"), reference.Key + "\n");

        var summary = new SiteSummary(seed, plan.Nodes, plan.Lists, plan.Specialists, plan.Articles, writer.Files, writer.Bytes, reference.Url);
        File.WriteAllText(Path.Combine(outputRoot, "site.json"), JsonSerializer.Serialize(summary, SiteSummary.JsonOptions));
        return summary;
    }

    private static GeneratedNode TopicList(SiteSchema schema, WordBank words, string name, int index) => new()
    {
        Key = words.NextGuid(),
        Name = name,
        ContentTypeAlias = "articleList",
        ParentKey = schema.Home.Key,
        ParentName = schema.Home.Name,
        Path = SiteSchema.ChildPath(schema.Home.Path ?? "/Home", name),
        Level = schema.Home.Level + 1,
        SortOrder = 10 + index,
        CreateDate = Today.AddDays(-400).AddHours(9),
        Template = schema.Template("articleList"),
        Url = SiteSchema.ChildUrl("/", name),
        Values = new Dictionary<string, string>
        {
            ["introduction"] = $"Articles about {name.ToLowerInvariant()}, written for patients and families and checked by the clinic's specialists.",
            ["hideFromSearchEngines"] = StoredValues.Flag(false),
        },
    };

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
