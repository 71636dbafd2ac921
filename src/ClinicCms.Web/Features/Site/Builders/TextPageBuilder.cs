using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Site.Pages;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.Features.Site.Text;
using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Builders;

public static class TextPageBuilder
{
    public static TextPage Build(PageContext page, IPublishedContent content)
    {
        page.Shown(content);
        var body = (content as ContentPage)?.BodyText;
        var breadcrumbs = page.Breadcrumbs(content);
        var text = HtmlText.ToPlainText(body?.ToString());
        var isContact = content.UrlSegment == "contact";
        var description = content is ISeoComposition { MetaDescription: { Length: > 0 } meta } ? meta : HtmlText.Shorten(text);
        return new TextPage
        {
            Content = content,
            Heading = content.Name,
            Body = body,
            ShowContact = isContact,
            Breadcrumbs = breadcrumbs,
            Site = page.Chrome(content),
            Head = page.Head(content, content.Name, text,
                structuredData: StructuredData.WebPage(page, isContact ? "ContactPage" : "WebPage", content.Name, content.Url, description, breadcrumbs)),
        };
    }
}
