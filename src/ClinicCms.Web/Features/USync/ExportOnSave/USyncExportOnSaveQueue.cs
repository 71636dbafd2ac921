using System.Threading.Channels;
using ClinicCms.Core.USync;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.USync.ExportOnSave;

/// <summary>
/// uSync's <c>ExportOnSave</c>: items saved in this environment wait here until <see cref="USyncExportOnSaveWorker"/>
/// writes their files. Saves are queued by <see cref="USyncExportOnSaveInterceptor"/> (every save of a node or a schema
/// item through EF), or explicitly with <see cref="Enqueue"/> (e.g. by the back office after a bulk statement).
/// An import suppresses the queue for its own saves: they come from the folder and must not be written back.
/// </summary>
public sealed class USyncExportOnSaveQueue(IOptionsMonitor<USyncOptions> options)
{
    private static readonly AsyncLocal<int> SuppressedDepth = new();
    private readonly Channel<USyncSavedItem> _channel = Channel.CreateUnbounded<USyncSavedItem>(new() { SingleReader = true });
    private int _pending;

    public ChannelReader<USyncSavedItem> Reader => _channel.Reader;

    public bool Exports(USyncItemType type)
    {
        var setting = options.CurrentValue.Settings.ExportOnSave;
        return setting.Equals("All", StringComparison.OrdinalIgnoreCase)
            || (type.IsSchema() ? setting.Equals("Settings", StringComparison.OrdinalIgnoreCase) : setting.Equals("Content", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when nothing would be queued now (the setting is <c>None</c>, or an import is running).</summary>
    public bool IsOff =>
        SuppressedDepth.Value > 0 || options.CurrentValue.Settings.ExportOnSave.Equals("None", StringComparison.OrdinalIgnoreCase);

    public void Enqueue(USyncSavedItem item)
    {
        if (SuppressedDepth.Value == 0 && Exports(item.Type))
        {
            Interlocked.Increment(ref _pending);
            _channel.Writer.TryWrite(item);
        }
    }

    /// <summary>While the returned scope is open, saves made in the same async flow are not queued.</summary>
    public IDisposable Suppress()
    {
        SuppressedDepth.Value++;
        return new Scope();
    }

    /// <summary>Waits until every queued item has been written (tests, shutdown).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        while (Volatile.Read(ref _pending) > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    internal void Done(int count) => Interlocked.Add(ref _pending, -count);

    private sealed class Scope : IDisposable
    {
        public void Dispose() => SuppressedDepth.Value--;
    }
}
