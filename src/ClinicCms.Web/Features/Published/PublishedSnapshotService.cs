using ClinicCms.Core.Published;
using ClinicCms.Core.Published.Converters;
using ClinicCms.Core.Schema;
using ClinicCms.Web.Data;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Published;

/// <summary>
/// Owns the current <see cref="PublishedSnapshot"/>. Changes are applied one at a time: the changed nodes are
/// read from the database and a new snapshot replaces the old one, so a page view never waits for the database.
/// </summary>
public sealed class PublishedSnapshotService(
    IPublishedModelFactory modelFactory,
    IOptions<PublishedCacheOptions> options,
    IPublishedValuesStore store,
    ILogger<PublishedSnapshotService> logger)
{
    private readonly long _valuesBudget = options.Value.ConvertedValuesMegabytes * 1024L * 1024;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile PublishedSnapshot _current = PublishedSnapshot.Empty;
    private long _version;

    public PublishedSnapshot Current => _current;

    /// <summary>False until the first snapshot is built: a command-line run never builds one, and needs none.</summary>
    public bool IsLoaded => !ReferenceEquals(_current, PublishedSnapshot.Empty);

    /// <summary>Raised after a new snapshot is in place, e.g. to evict cached pages.</summary>
    public event Func<SnapshotChange, Task>? Changed;

    public async Task LoadAllAsync(CmsDbContext db, SchemaRegistry schema, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var data = await PublishedDataLoader.LoadAsync(db, keys: null, store, cancellationToken);
            _current = PublishedSnapshot.Build(schema, data, PropertyValueConverters.Default, modelFactory, Interlocked.Increment(ref _version), _valuesBudget);
            logger.LogInformation("Published snapshot built: {Count} pages", _current.Count);
        }
        finally
        {
            _gate.Release();
        }

        await RaiseAsync(SnapshotChange.All);
    }

    /// <summary>Re-reads the given nodes: published ones are added or replaced, the rest removed.</summary>
    public async Task RefreshAsync(CmsDbContext db, IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var affected = new HashSet<Guid>(keys);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var before = _current;
            var data = await PublishedDataLoader.LoadAsync(db, keys, store, cancellationToken);
            var found = data.Select(d => d.Key).ToHashSet();
            _current = before.With(data, keys.Where(k => !found.Contains(k)), Interlocked.Increment(ref _version));

            // A node's parent lists it; after a move both the old and the new parent do.
            foreach (var key in keys)
            {
                if (before.Data(key) is { } old) affected.Add(old.ParentKey);
                if (_current.Data(key) is { } now) affected.Add(now.ParentKey);
            }
        }
        finally
        {
            _gate.Release();
        }

        affected.Remove(Guid.Empty);
        await RaiseAsync(new SnapshotChange(affected, Everything: false));
    }

    public async Task ApplySchemaAsync(SchemaRegistry schema)
    {
        await _gate.WaitAsync();
        try
        {
            _current = _current.WithSchema(schema, Interlocked.Increment(ref _version));
        }
        finally
        {
            _gate.Release();
        }

        await RaiseAsync(SnapshotChange.All);
    }

    private async Task RaiseAsync(SnapshotChange change)
    {
        if (Changed is not { } handlers)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Func<SnapshotChange, Task>>())
        {
            try
            {
                await handler(change);
            }
            catch (Exception e)
            {
                logger.LogError(e, "A snapshot change handler failed");
            }
        }
    }
}
