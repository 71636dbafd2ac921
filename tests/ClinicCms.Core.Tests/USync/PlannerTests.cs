using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Tests;

namespace ClinicCms.Core.Tests.USync;

/// <summary>The import plan computed from a site's state and a folder, without a database.</summary>
public sealed class PlannerTests : IDisposable
{
    private readonly TempUSyncFolder _folder = new();
    private readonly USyncState _site = USyncState.From(USyncFolderReader.Read(TestPaths.ProjectUSync));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Unchanged_files_plan_no_change_for_every_item()
    {
        var plan = Plan();

        Assert.False(plan.HasErrors);
        Assert.All(plan.Items, i => Assert.Equal(USyncChange.NoChange, i.Change));
        Assert.Equal(52, plan.Items.Count);
    }

    [Fact]
    public void A_changed_property_is_an_update_naming_the_field()
    {
        _folder.Replace("DataTypes/Textarea.config", "<Name>Textarea</Name>", "<Name>Long text</Name>");

        var item = Assert.Single(Plan().Changes);

        Assert.Equal((USyncItemType.DataType, USyncChange.Update), (item.Type, item.Change));
        Assert.Contains(item.Differences, d => d.Field == "Info/Name" && d.Current == "Textarea" && d.Incoming == "Long text");
    }

    [Fact]
    public void A_renamed_element_type_in_a_renamed_file_is_an_update_of_the_same_key_not_a_new_type()
    {
        _folder.Replace("ContentTypes/articlesection.config", "Alias=\"articleSection\"", "Alias=\"articlePart\"");
        _folder.Move("ContentTypes/articlesection.config", "ContentTypes/articlepart.config");

        var plan = Plan();

        var item = Assert.Single(plan.Changes);
        Assert.Equal(USyncChange.Update, item.Change);
        Assert.Equal("articlePart", item.Name);
        Assert.Contains(item.Differences, d => d.Field == "Alias" && d.Current == "articleSection" && d.Incoming == "articlePart");
        Assert.DoesNotContain(plan.Items, i => i.Change == USyncChange.Create);
    }

    [Fact]
    public void A_delete_marker_deletes_the_node_and_the_nodes_below_it()
    {
        var articles = _site.Nodes.Single(n => n.Name == "Articles");
        _folder.MarkDeleted("Content/articles.config", articles.Key, "Articles", 2);
        _folder.Delete("Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config");

        var deletes = Plan().Changes.ToList();

        Assert.All(deletes, d => Assert.Equal(USyncChange.Delete, d.Change));
        Assert.Equal(["Articles", "Effectiveness of chemotherapy in treating metastatic breast cancer"], deletes.Select(d => d.Name));
    }

    [Fact]
    public void A_node_edited_here_since_its_import_is_a_conflict_unless_forced()
    {
        var article = _site.Nodes.Single(n => n.ContentTypeAlias == "article");
        _folder.Replace("Content/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer.config", "What is chemotherapy?", "What chemotherapy is");
        var edited = new USyncState
        {
            DataTypes = _site.DataTypes, ContentTypes = _site.ContentTypes, Templates = _site.Templates, Languages = _site.Languages,
            Nodes = _site.Nodes, EditedNodes = new HashSet<Guid> { article.Key },
        };

        var conflict = Assert.Single(Plan(edited).Items, i => i.Change != USyncChange.NoChange);
        var forced = Assert.Single(Plan(edited, force: true).Changes);

        Assert.Equal(USyncChange.Conflict, conflict.Change);
        Assert.Contains(conflict.Differences, d => d.Field == "sections");
        Assert.Equal(USyncChange.Update, forced.Change);
    }

    [Fact]
    public void A_moved_node_is_an_update_of_its_parent()
    {
        var home = _site.Nodes.Single(n => n.ContentTypeAlias == "home");
        var aboutUs = _site.Nodes.Single(n => n.Name == "About us");
        _folder.Replace("Content/contact.config", $"<Parent Key=\"{home.Key}\">", $"<Parent Key=\"{aboutUs.Key}\">");

        var item = Assert.Single(Plan().Changes);

        Assert.Equal("Contact", item.Name);
        Assert.Contains(item.Differences, d => d.Field == "Parent" && d.Incoming == aboutUs.Key.ToString());
    }

    [Fact]
    public void A_template_recreated_with_a_new_key_replaces_the_site_template_with_its_alias()
    {
        var template = _site.Templates.Single(t => t.Alias == "contentPage");
        var newKey = Guid.Parse("0bc08731-0000-4000-8000-000000000001");
        _folder.Replace("Templates/contentpage.config", template.Key.ToString(), newKey.ToString());

        var changes = Plan().Changes.ToList();

        var item = Assert.Single(changes, c => c.Type == USyncItemType.Template);
        Assert.Equal((USyncChange.Update, newKey, template.Key), (item.Change, item.Key, item.Replaces));
        Assert.Contains(item.Differences, d => d.Field == "Key");
        // The pages using the template follow it to its new key.
        Assert.All(changes.Where(c => c != item), c => Assert.Equal(["Template"], c.Differences.Select(d => d.Field)));
    }

    [Fact]
    public void Two_files_with_one_alias_and_different_keys_are_refused()
    {
        _folder.Write("ContentTypes/home2.config", _folder.Read("ContentTypes/home.config").Replace(
            _site.ContentTypes.Single(t => t.Alias == "home").Key.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));

        var plan = Plan();

        Assert.Empty(plan.Items);
        Assert.Equal(2, plan.Problems.Count(p => p.IsError && p.Message.StartsWith("duplicate Document type \"home\"", StringComparison.Ordinal)));
    }

    private USyncPlan Plan(USyncState? state = null, bool force = false) =>
        USyncPlanner.Plan(state ?? _site, USyncFolderReader.Read(_folder.Path), new USyncPlanOptions(Force: force));
}
