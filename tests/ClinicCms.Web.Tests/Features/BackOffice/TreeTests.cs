using System.Net;
using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.BackOffice;

public sealed class TreeTests(BackOfficeApplication site) : IClassFixture<BackOfficeApplication>
{
    [Fact]
    public async Task The_tree_shows_each_node_with_its_icon_and_state_and_loads_children_on_demand()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var draft = await writer.GetAsync($"/umbraco/section/content/create/{StarterContent.Articles}");
        var newArticle = await writer.GetAsync(draft.QuerySelector(".type-list a")!.GetAttribute("href")!);
        await writer.SubmitAsync(newArticle, "#document-form", "Input.Action=save", new() { ["Input.Name"] = "Draft about fatigue" });

        var section = await editor.GetAsync("/umbraco/section/content");
        var children = await editor.GetAsync($"/umbraco/section/content/tree/children/{StarterContent.Articles}");
        var homeChildren = await editor.GetAsync($"/umbraco/section/content/tree/children/{StarterContent.Home}");

        var home = section.QuerySelector(".tree-item")!;
        Assert.Equal("Home", home.QuerySelector(".tree-name")!.TextContent);
        Assert.Equal("false", home.QuerySelector(".tree-toggle")!.GetAttribute("aria-expanded"));
        Assert.Null(home.QuerySelector(".tree-level"));
        var states = children.QuerySelectorAll(".tree-item").ToDictionary(i => i.QuerySelector(".tree-name")!.TextContent, i => i.GetAttribute("data-state"));
        Assert.Equal("Draft", states["Draft about fatigue"]);
        var articles = homeChildren.QuerySelectorAll(".tree-item").Single(i => i.QuerySelector(".tree-name")!.TextContent == "Articles");
        Assert.Equal("Published", articles.GetAttribute("data-state"));
        Assert.Equal(ClinicCms.Web.Features.BackOffice.Shared.BackOfficeIcons.PathOf("icon-documents"), articles.QuerySelector("path")!.GetAttribute("d"));
        Assert.Contains("color-blue", articles.QuerySelector("svg")!.GetAttribute("class"));
        Assert.Contains("(Draft)", children.QuerySelectorAll(".tree-item").Last().TextContent);
    }

    [Fact]
    public async Task Create_offers_only_the_types_allowed_below_the_parent()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var underArticles = await editor.GetAsync($"/umbraco/section/content/create/{StarterContent.Articles}");
        var notAllowed = await editor.Http.GetAsync($"/umbraco/section/content/workspace/document/create/{StarterContent.Articles}/specialistProfile");

        Assert.Equal(["Article"], underArticles.QuerySelectorAll(".type-name").Select(t => t.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, notAllowed.StatusCode);
    }

    [Fact]
    public async Task Sorting_changes_the_order_of_the_public_menu()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var sort = await editor.GetAsync($"/umbraco/section/content/sort/{StarterContent.Home}");
        var names = sort.QuerySelectorAll(".sort-name").Select(n => n.TextContent).ToList();
        var keys = sort.QuerySelectorAll(".sort-item").Select(i => i.GetAttribute("data-key")!).ToList();
        var reversed = keys.Select((k, i) => (k, i)).ToDictionary(x => $"positions[{x.k}]", x => (string?)(keys.Count - x.i).ToString());

        var response = await editor.SubmitAsync(sort, "form[data-sortable]", null, reversed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var menu = (await site.CreateClient().GetDocumentAsync("/")).QuerySelectorAll("header nav a").Select(a => a.TextContent).ToList();
        var published = names.Where(menu.Contains).ToList();
        Assert.Equal(Enumerable.Reverse(published), menu);
    }

    [Fact]
    public async Task Moving_a_page_offers_only_allowed_places_and_changes_its_address_on_the_public_site()
    {
        var created = await site.ContentAsync(c => c.CreateAsync(StarterContent.Home, "articleList", new ContentEdit("News", PropertyValues.Empty), ContentTestExtensions.Editor));
        await site.ContentAsync(c => c.PublishAsync(created.Key, ContentTestExtensions.Editor));
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var move = await editor.GetAsync($"/umbraco/section/content/move/{StarterContent.ChemotherapyArticle}");

        var response = await editor.SubmitAsync(move, ".dialog-page form", null, new() { ["target"] = created.Key.ToString() });

        Assert.Equal(["News"], move.QuerySelectorAll("label.choice").Select(l => l.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/news/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(StarterContent.ArticleUrl)).StatusCode);
        Assert.Equal(1, await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Audit.CountAsync(a => a.Action == "Move" && a.NodeKey == StarterContent.ChemotherapyArticle)));
    }

    [Fact]
    public async Task Trashing_takes_a_page_off_the_site_and_restoring_brings_it_back_as_a_draft()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var key = (await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.SingleAsync(n => n.Name == "Privacy policy"))).Key;
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/privacy-policy/")).StatusCode);

        var trash = await editor.SubmitAsync(await editor.GetAsync($"/umbraco/section/content/trash/{key}"), ".dialog-page form", null);
        var bin = await editor.GetAsync("/umbraco/section/content/recycle-bin");

        Assert.Equal(HttpStatusCode.Redirect, trash.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/privacy-policy/")).StatusCode);
        Assert.Contains(bin.QuerySelectorAll("td"), td => td.TextContent.Trim() == "Privacy policy");
        Assert.DoesNotContain(bin.QuerySelectorAll(".tree-name"), n => n.TextContent == "Privacy policy");

        var restore = await editor.SubmitAsync(bin, $"form[action*='{key}'][action*='Restore']", null);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var node = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.SingleAsync(n => n.Key == key));
        Assert.False(node.Trashed);
        Assert.Null(node.PublishedVersionId);
        var actions = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Audit.Where(a => a.NodeKey == key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Delete", "Restore"], actions.TakeLast(2));
    }

    [Fact]
    public async Task Deleting_from_the_recycle_bin_removes_the_page_and_its_versions_for_good()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var key = (await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.SingleAsync(n => n.Name == "Medical disclaimer"))).Key;
        await editor.SubmitAsync(await editor.GetAsync($"/umbraco/section/content/trash/{key}"), ".dialog-page form", null);
        var bin = await editor.GetAsync("/umbraco/section/content/recycle-bin");

        var delete = await editor.SubmitAsync(bin, $"form[action*='{key}'][action*='Delete']", null);

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.False(await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Nodes.AnyAsync(n => n.Key == key)));
        Assert.False(await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Versions.AnyAsync(v => v.Node!.Key == key)));
    }
}
