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
/// A Lucene.Net index of the published pages, built from the in-memory snapshot and following it on every publish and
/// unpublish, so it never disagrees with the pages served. It is kept on disk (<see cref="SearchIndexFolder"/>) with
/// the <see cref="SnapshotSignature"/> it was built from: a restart whose pages did not change opens it as it is
/// (indexing 10,000 articles takes tens of seconds of CPU, which a start must not wait for). A stale index is rebuilt
/// at start, before the site serves for a small site, in the background for a large one (searches answer from the
/// old index until the new one is committed).
/// </summary>
public sealed class SiteSearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Up to this many pages a stale index is rebuilt before the site starts serving; above, in the background.</summary>
    public const int RebuildBeforeStartLimit = 2_000;

    private const string SignatureKey = "snapshot";

    private readonly PublishedSnapshotService _snapshots;
    private readonly ILogger<SiteSearchIndex> _logger;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _gate = new();
    private PublishedSnapshot? _indexed;
    private SnapshotSignature _signature;
    private volatile bool _disposed;

    public SiteSearchIndex(PublishedSnapshotService snapshots, IConfiguration configuration, IHostEnvironment environment, ILogger<SiteSearchIndex> logger)
    {
        _snapshots = snapshots;
        _logger = logger;
        Analyzer = new EnglishAnalyzer(Version);
        var folder = SearchIndexFolder.Path(configuration, environment);
        try
        {
            _directory = SearchIndexFolder.Open(folder);
            _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        }
        catch (Exception e) when (folder is not null && e is LockObtainFailedException or IOException or UnauthorizedAccessException)
        {
            // Another process of this site on this machine holds the folder, or it cannot be written: index in memory.
            _logger.LogWarning(e, "The search index folder {Folder} cannot be used; the index is kept in memory", folder);
            _directory = new RAMDirectory();
            _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE });
        }

        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>English stemming, so "treatments" finds "treatment"; the same analyzer reads queries and highlights.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>True once the index holds the pages now published (false while a rebuild runs in the background).</summary>
    public bool IsCurrent => ReferenceEquals(Volatile.Read(ref _indexed), _snapshots.Current);

    public void Subscribe()
    {
        // Subscribed first: a publish while the signature below is worked out (in the background on a large site) is
        // then applied after it, or, when it comes first, rebuilds the index instead of being missed.
        _snapshots.Changed += change =>
        {
            if (change.Everything && _snapshots.Current.Count > RebuildBeforeStartLimit)
            {
                _ = Task.Run(() => CatchUp(everything: true));
            }
            else
            {
                CatchUp(change.Everything);
            }

            return Task.CompletedTask;
        };

        var current = _snapshots.Current;
        var signature = SnapshotSignature.Of(current);
        if (_writer.CommitData.TryGetValue(SignatureKey, out var stored) && stored == signature.ToString())
        {
            lock (_gate)
            {
                if (_indexed is null)
                {
                    _indexed = current;
                    _signature = signature;
                }
            }
        }
        else if (current.Count <= RebuildBeforeStartLimit)
        {
            CatchUp(everything: true);
        }
        else
        {
            _ = Task.Run(() => CatchUp(everything: true));
        }
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

    // Brings the index to the current snapshot: every page, or only those that differ from the last indexed snapshot.
    private void CatchUp(bool everything)
    {
        try
        {
            lock (_gate)
            {
                var snapshot = _snapshots.Current;
                var before = _indexed;
                if (_disposed || (!everything && ReferenceEquals(before, snapshot)))
                {
                    return;
                }

                var started = TimeProvider.System.GetTimestamp();
                if (everything || before is null)
                {
                    _writer.DeleteAll();
                    foreach (var content in snapshot.AllContent)
                    {
                        if (_disposed)
                        {
                            return;
                        }

                        Add(content);
                    }

                    _signature = SnapshotSignature.Of(snapshot);
                    _logger.LogInformation("Search index built: {Count} pages in {Seconds:F1} s", _writer.NumDocs, TimeProvider.System.GetElapsedTime(started).TotalSeconds);
                }
                else
                {
                    var changed = SnapshotDiff.Compute(before, snapshot).ContentChanged;
                    foreach (var key in changed)
                    {
                        _writer.DeleteDocuments(new Term(SearchFields.Key, key.ToString("N")));
                        if (snapshot.Content(key) is { } content)
                        {
                            Add(content);
                        }
                    }

                    _signature = _signature.Update(before, snapshot, changed);
                }

                _indexed = snapshot;
                _writer.SetCommitData(new Dictionary<string, string> { [SignatureKey] = _signature.ToString() });
                _writer.Commit();
                _searchers.MaybeRefreshBlocking();
            }
        }
        catch (Exception e) when (!_disposed)
        {
            _logger.LogError(e, "Updating the search index failed");
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
        // A rebuild in the background stops at its next page; what it did not commit is dropped (the stored signature
        // still names the old snapshot, so the next start rebuilds).
        _disposed = true;
        lock (_gate)
        {
            _searchers.Dispose();
            _writer.Rollback();
            Analyzer.Dispose();
            _directory.Dispose();
        }
    }
}
