using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

/// <summary>The article list (filtered by topic with <c>?tag=</c>, no script needed) and the specialist list.</summary>
public static class ListPageBuilders
{
    public static ArticleListPage Articles(PageContext page, ArticleList list)
    {
        page.Shown(list);
        var all = list.Children.OfType<Article>().ToList();
        var topics = all.SelectMany(a => a.Tags).Select(t => t.Trim()).Where(t => t.Length > 0)
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var asked = page.Http.Request.Query["tag"].ToString().Trim();
        var topic = topics.FirstOrDefault(t => string.Equals(t, asked, StringComparison.OrdinalIgnoreCase));
        var shown = topic is null ? all : all.Where(a => a.Tags.Contains(topic, StringComparer.OrdinalIgnoreCase)).ToList();
        var breadcrumbs = page.Breadcrumbs(list);
        var title = topic is null ? list.Name : $"{list.Name} about {topic}";

        // A filtered list is its own page for search engines: its own title and description, the same canonical URL.
        var head = page.Head(list, title, list.Introduction,
            structuredData: StructuredData.WebPage(page, "CollectionPage", list.Name, list.Url, list.MetaDescription ?? list.Introduction, breadcrumbs));
        return new ArticleListPage
        {
            Content = list,
            Topic = topic,
            Topics = [new LinkItem("All topics", list.Url, topic is null), .. topics.Select(t => new LinkItem(t, $"{list.Url}?tag={Uri.EscapeDataString(t)}", t == topic))],
            Articles = [.. shown.Select(page.ArticleCard)],
            Breadcrumbs = breadcrumbs,
            Site = page.Chrome(list),
            Head = topic is null ? head : head with { Title = page.DocumentTitle(title), Description = $"{page.ClinicName} articles about {topic}." },
        };
    }

    public static SpecialistListPage Specialists(PageContext page, SpecialistList list)
    {
        page.Shown(list);
        var breadcrumbs = page.Breadcrumbs(list);
        return new SpecialistListPage
        {
            Content = list,
            Specialists = [.. list.Children.OfType<SpecialistProfile>().Select(page.SpecialistCard)],
            Breadcrumbs = breadcrumbs,
            Site = page.Chrome(list),
            Head = page.Head(list, list.Name, list.Introduction,
                structuredData: StructuredData.WebPage(page, "CollectionPage", list.Name, list.Url, list.MetaDescription ?? list.Introduction, breadcrumbs)),
        };
    }
}
