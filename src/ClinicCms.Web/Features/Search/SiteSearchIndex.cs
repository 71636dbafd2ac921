using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ClinicCms.Web.Features.Search;

/// <summary>
/// A Lucene.Net index of the published pages, kept in memory: it is built from the in-memory snapshot at start
/// (a clinic site indexes in milliseconds) and follows it on every publish and unpublish, so it can never disagree
/// with the pages served, needs no files or locks on disk, and each web instance has its own with no sharing.
/// </summary>
public sealed class SiteSearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly PublishedSnapshotService _snapshots;
    private readonly ILogger<SiteSearchIndex> _logger;
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _gate = new();
    private PublishedSnapshot? _indexed;

    public SiteSearchIndex(PublishedSnapshotService snapshots, ILogger<SiteSearchIndex> logger)
    {
        _snapshots = snapshots;
        _logger = logger;
        Analyzer = new EnglishAnalyzer(Version);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE });
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>English stemming, so "treatments" finds "treatment"; the same analyzer reads queries and highlights.</summary>
    public Analyzer Analyzer { get; }

    public void Subscribe()
    {
        Update(_snapshots.Current, everything: true);
        _snapshots.Changed += change =>
        {
            Update(_snapshots.Current, change.Everything);
            return Task.CompletedTask;
        };
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void Update(PublishedSnapshot snapshot, bool everything)
    {
        lock (_gate)
        {
            var before = _indexed;
            _indexed = snapshot;
            if (everything || before is null)
            {
                _writer.DeleteAll();
                foreach (var content in snapshot.AllContent)
                {
                    Add(content);
                }
            }
            else
            {
                var diff = SnapshotDiff.Compute(before, snapshot);
                foreach (var key in diff.ContentChanged)
                {
                    _writer.DeleteDocuments(new Term(SearchFields.Key, key.ToString("N")));
                    if (snapshot.Content(key) is { } content)
                    {
                        Add(content);
                    }
                }
            }

            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            _logger.LogDebug("Search index updated: {Count} pages", _writer.NumDocs);
        }
    }

    private void Add(IPublishedContent content)
    {
        if (SearchDocument.From(content) is not { } document)
        {
            return;
        }

        _writer.AddDocument(new Document
        {
            new StringField(SearchFields.Key, document.Key.ToString("N"), Field.Store.YES),
            new TextField(SearchFields.Title, document.Title, Field.Store.YES),
            new TextField(SearchFields.Summary, document.Summary, Field.Store.YES),
            new TextField(SearchFields.Body, document.Body, Field.Store.YES),
            new TextField(SearchFields.Topics, document.Topics, Field.Store.YES),
        });
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }
}
