using System.Net;
using System.Text;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>
/// Patient-information prose from the word bank: paragraphs of filled-in sentence patterns, now and then a list or
/// a link to another article, so pages look and weigh like the clinic's real articles.
/// </summary>
public sealed class MedicalText(WordBank words)
{
    private readonly HashSet<int> _usedSentences = [];
    private string[] _sentences = words.List("sentences");

    /// <summary>
    /// Starts a new article about a topic of a kind (<c>treatment</c>, <c>test</c>, ...): sentences written for that
    /// kind join the general ones, and none repeats within the article.
    /// </summary>
    public void NewArticle(string? kind = null)
    {
        _usedSentences.Clear();
        var specific = kind is not null && words.Has("sentences." + kind) ? words.List("sentences." + kind) : [];
        _sentences = [.. words.List("sentences"), .. specific];
    }

    public string Sentence(IReadOnlyDictionary<string, string> slots)
    {
        var sentences = _sentences;
        var index = words.Random.Next(sentences.Length);
        for (var tries = 0; tries < 8 && !_usedSentences.Add(index); tries++)
        {
            index = words.Random.Next(sentences.Length);
        }

        return words.Fill(sentences[index], slots);
    }

    public string Paragraph(IReadOnlyDictionary<string, string> slots, int minSentences = 2, int maxSentences = 5) =>
        string.Join(' ', Enumerable.Range(0, words.Between(minSentences, maxSentences)).Select(_ => Sentence(slots)));

    /// <summary>The HTML of one section: one to three paragraphs, sometimes a list, sometimes a link to a related article.</summary>
    public string SectionMarkup(IReadOnlyDictionary<string, string> slots, (Guid Key, string Title)? related)
    {
        var html = new StringBuilder();
        var paragraphs = words.Between(1, 3);
        for (var i = 0; i < paragraphs; i++)
        {
            var text = WebUtility.HtmlEncode(Paragraph(slots));
            if (i == 0 && words.Chance(0.1))
            {
                var firstStop = text.IndexOf(". ", StringComparison.Ordinal);
                text = firstStop > 0 ? $"<strong>{text[..(firstStop + 1)]}</strong>{text[(firstStop + 1)..]}" : text;
            }

            Append(html, $"<p>{text}</p>");
        }

        if (words.Chance(0.2))
        {
            // A checklist line is its introduction and its items, separated by '|'.
            var checklist = words.Pick("checklists").Split('|');
            var items = checklist[1..].Where(_ => words.Chance(0.7)).DefaultIfEmpty(checklist[1]);
            Append(html, $"<p>{WebUtility.HtmlEncode(checklist[0])}</p>");
            Append(html, "<ul>" + string.Concat(items.Select(i => $"<li>{WebUtility.HtmlEncode(WordBank.Capitalise(i))}</li>")) + "</ul>");
        }

        if (related is { } link && words.Chance(0.3))
        {
            Append(html, $"<p>You may also find it helpful to read <a type=\"document\" href=\"/{{localLink:{link.Key}}}\">{WebUtility.HtmlEncode(link.Title)}</a>.</p>");
        }

        return html.ToString();
    }

    private static void Append(StringBuilder html, string block)
    {
        if (html.Length > 0)
        {
            html.Append('\n');
        }

        html.Append(block);
    }
}
