using AngleSharp;
using AngleSharp.Dom;

namespace ClinicCms.Web.Tests.Infrastructure;

public static class HtmlDocuments
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(string html) => await Context.OpenAsync(r => r.Content(html));

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Text with runs of white space collapsed, as a reader sees it.</summary>
    public static string Squash(this string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
