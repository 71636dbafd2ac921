using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Microsoft.AspNetCore.Html;
using LuceneQueryParser = Lucene.Net.QueryParsers.Classic.MultiFieldQueryParser;

namespace ClinicCms.Web.Features.Search;

/// <summary>
/// Runs a patient's words against the index: every word must match (in any field; titles and topics count most),
/// the words are taken literally (no query syntax), and each hit gets a snippet with the matches marked.
/// </summary>
public sealed class SiteSearch(SiteSearchIndex index)
{
    public const int MaxQueryLength = 200;
    private const int SnippetLength = 180;

    /// <summary>False while the index is being built or rebuilt: results may then miss pages.</summary>
    public bool IsCurrent => index.IsCurrent;

    public SearchResults Search(string? text, int skip, int take)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return SearchResults.None;
        }

        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
        }

        var parser = new LuceneQueryParser(SiteSearchIndex.Version, [.. SearchFields.Boosts.Keys], index.Analyzer, SearchFields.Boosts)
        {
            DefaultOperator = Operator.AND,
        };
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(text));
        }
        catch (ParseException)
        {
            return SearchResults.None;
        }

        if (query is BooleanQuery { Clauses.Count: 0 })
        {
            return SearchResults.None; // only stop words
        }

        return index.Search(searcher =>
        {
            var top = searcher.Search(query, skip + take);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query))
            {
                TextFragmenter = new SimpleFragmenter(SnippetLength),
            };
            var hits = top.ScoreDocs.Skip(skip).Select(hit =>
            {
                var document = searcher.Doc(hit.Doc);
                var key = Guid.ParseExact(document.Get(SearchFields.Key), "N");
                return new SearchHit(key, Snippet(highlighter, document));
            }).ToList();
            return new SearchResults(top.TotalHits, hits);
        });
    }

    private HtmlString Snippet(Highlighter highlighter, Lucene.Net.Documents.Document document)
    {
        foreach (var field in new[] { SearchFields.Summary, SearchFields.Body, SearchFields.Topics, SearchFields.Title })
        {
            var text = document.Get(field);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var fragments = highlighter.GetBestFragments(index.Analyzer, field, text, 2);
            if (fragments.Length > 0)
            {
                return new HtmlString(string.Join(" … ", fragments.Select(f => f.Trim())));
            }
        }

        // Nothing to mark (the match was in a stemmed form only): the start of the summary or the text.
        var fallback = document.Get(SearchFields.Summary) is { Length: > 0 } summary ? summary : document.Get(SearchFields.Body) ?? "";
        return new HtmlString(new SimpleHTMLEncoder().EncodeText(Site.Text.HtmlText.Shorten(fallback, SnippetLength)));
    }
}
