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
/// <remarks>
/// The signature is also written beside the index (<see cref="SignatureFile"/>), so a start whose index is current
/// need not open Lucene at all: the index opens on the first search or publish. That keeps Lucene's code (about 7 MB
/// of mapped assemblies) out of a freshly started site (bench/README.md, memory after start). Lucene's own commit data
/// stays the authority: an index that turns out not to match the file when it opens is rebuilt.
/// </remarks>
public sealed class SiteSearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Up to this many pages a stale index is rebuilt before the site starts serving; above, in the background.</summary>
    public const int RebuildBeforeStartLimit = 2_000;

    /// <summary>The signature of the last commit, beside the index files (Lucene leaves files it did not write alone).</summary>
    public const string SignatureFile = "snapshot-signature.txt";

    private const string SignatureKey = "snapshot";

    private readonly PublishedSnapshotService _snapshots;
    private readonly ILogger<SiteSearchIndex> _logger;
    private readonly string? _folder;
    private readonly string? _signatureFile;
    private readonly Lazy<OpenIndex> _index;
    private readonly System.Threading.Lock _gate = new();
    // The start's trust in the signature file and the open of Lucene meet under this lock, never held while waiting.
    private readonly System.Threading.Lock _trustGate = new();
    private PublishedSnapshot? _indexed;
    private SnapshotSignature _signature;
    // Set inside the open, before the lazy value is published: the trust check needs to know Lucene is open that early.
    private IndexWriter? _openedWriter;
    private volatile bool _disposed;

    public SiteSearchIndex(PublishedSnapshotService snapshots, IConfiguration configuration, IHostEnvironment environment, ILogger<SiteSearchIndex> logger)
    {
        _snapshots = snapshots;
        _logger = logger;
        _folder = SearchIndexFolder.Path(configuration, environment);
        _signatureFile = _folder is null ? null : Path.Combine(_folder, SignatureFile);
        _index = new Lazy<OpenIndex>(Open);
    }

    /// <summary>English stemming, so "treatments" finds "treatment"; the same analyzer reads queries and highlights.</summary>
    public Analyzer Analyzer => _index.Value.Analyzer;

    /// <summary>False until something needs Lucene: a search, a publish, or a start that found the index stale.</summary>
    internal bool IsOpen => _index.IsValueCreated;

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
        if (StoredSignature() == signature.ToString())
        {
            // A search may have opened Lucene before this trust is given (start-up work runs in the background): then
            // Lucene is asked first, so the index never counts as current, not even for an instant, when it is not.
            lock (_gate)
            lock (_trustGate)
            {
                if (_indexed is null && LuceneAgrees(signature))
                {
                    _signature = signature;
                    Volatile.Write(ref _indexed, current);
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
        var searchers = _index.Value.Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    // The signature file when there is one; else (an index kept in memory, or written before the file existed) Lucene's.
    private string? StoredSignature()
    {
        if (_signatureFile is not null && File.Exists(_signatureFile))
        {
            return File.ReadAllText(_signatureFile).Trim();
        }

        return Committed(_index.Value.Writer);
    }

    // The signature Lucene's last commit records.
    private static string? Committed(IndexWriter writer) => writer.CommitData.TryGetValue(SignatureKey, out var committed) ? committed : null;

    private OpenIndex Open()
    {
        var analyzer = new EnglishAnalyzer(Version);
        Lucene.Net.Store.Directory directory;
        IndexWriter writer;
        var onDisk = _folder is not null;
        try
        {
            directory = SearchIndexFolder.Open(_folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        }
        catch (Exception e) when (_folder is not null && e is LockObtainFailedException or IOException or UnauthorizedAccessException)
        {
            // Another process of this site on this machine holds the folder, or it cannot be written: index in memory.
            _logger.LogWarning(e, "The search index folder {Folder} cannot be used; the index is kept in memory", _folder);
            directory = new RAMDirectory();
            writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE });
            onDisk = false;
        }

        writer.Commit();
        var index = new OpenIndex(analyzer, directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null), onDisk);

        // An index the start already trusted from the signature file is checked against Lucene's own commit before
        // the opening search answers, so that answer is not output-cached as current when the files were lost.
        lock (_trustGate)
        {
            _openedWriter = writer;
            if (Volatile.Read(ref _indexed) is not null && !LuceneAgrees(_signature))
            {
                Volatile.Write(ref _indexed, null);
            }
        }

        return index;
    }

    // The caller holds the trust gate. True when Lucene is still closed (its open checks) or its last commit records
    // this signature; otherwise the index is rebuilt in the background. It does not take the gate (a caller may hold
    // it while it waits for the open); the rebuild takes it itself.
    private bool LuceneAgrees(SnapshotSignature signature)
    {
        if (_openedWriter is not { } writer || Committed(writer) == signature.ToString())
        {
            return true;
        }

        _logger.LogWarning("The search index does not match its signature file; rebuilding it");
        _ = Task.Run(() => CatchUp(everything: true));
        return false;
    }

    private void WriteSignatureFile(OpenIndex index)
    {
        if (!index.OnDisk || _signatureFile is null)
        {
            return;
        }

        File.WriteAllText(_signatureFile + ".tmp", _signature.ToString());
        File.Move(_signatureFile + ".tmp", _signatureFile, overwrite: true);
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

                var index = _index.Value;
                before = Volatile.Read(ref _indexed); // an open just now may have found the trusted index lost
                var writer = index.Writer;
                var started = TimeProvider.System.GetTimestamp();
                if (everything || before is null)
                {
                    writer.DeleteAll();
                    foreach (var content in snapshot.AllContent)
                    {
                        if (_disposed)
                        {
                            return;
                        }

                        Add(writer, content);
                    }

                    _signature = SnapshotSignature.Of(snapshot);
                    _logger.LogInformation("Search index built: {Count} pages in {Seconds:F1} s", writer.NumDocs, TimeProvider.System.GetElapsedTime(started).TotalSeconds);
                }
                else
                {
                    var changed = SnapshotDiff.Compute(before, snapshot).ContentChanged;
                    foreach (var key in changed)
                    {
                        writer.DeleteDocuments(new Term(SearchFields.Key, key.ToString("N")));
                        if (snapshot.Content(key) is { } content)
                        {
                            Add(writer, content);
                        }
                    }

                    _signature = _signature.Update(before, snapshot, changed);
                }

                _indexed = snapshot;
                writer.SetCommitData(new Dictionary<string, string> { [SignatureKey] = _signature.ToString() });
                writer.Commit();
                WriteSignatureFile(index);
                index.Searchers.MaybeRefreshBlocking();
            }
        }
        catch (Exception e) when (!_disposed)
        {
            _logger.LogError(e, "Updating the search index failed");
        }
    }

    private static void Add(IndexWriter writer, IPublishedContent content)
    {
        if (SearchDocument.From(content) is not { } document)
        {
            return;
        }

        writer.AddDocument(new Document
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
        if (!_index.IsValueCreated)
        {
            return;
        }

        lock (_gate)
        {
            var index = _index.Value;
            index.Searchers.Dispose();
            index.Writer.Rollback();
            index.Analyzer.Dispose();
            index.Directory.Dispose();
        }
    }

    private sealed record OpenIndex(Analyzer Analyzer, Lucene.Net.Store.Directory Directory, IndexWriter Writer, SearcherManager Searchers, bool OnDisk);
}
