using System.Threading.Tasks.Sources;

namespace ClinicCms.Web.Infrastructure.Threading;

/// <summary>
/// A finished result handed to a caller on a socket thread so that the caller's code after <c>await</c> runs on the
/// thread pool. Awaiting a callee that merely hopped would not do: if the hop finished before the caller awaited, the
/// caller would carry on where it was. This one reports pending until it is awaited, then queues the continuation.
/// </summary>
internal sealed class PoolContinuation<T>(T result) : IValueTaskSource<T>
{
    private int _awaited;

    public static ValueTask<T> From(T result) =>
        Thread.CurrentThread.IsThreadPoolThread ? ValueTask.FromResult(result) : new(new PoolContinuation<T>(result), 0);

    public T GetResult(short token) => result;

    public ValueTaskSourceStatus GetStatus(short token) =>
        Volatile.Read(ref _awaited) == 1 ? ValueTaskSourceStatus.Succeeded : ValueTaskSourceStatus.Pending;

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
    {
        Volatile.Write(ref _awaited, 1);
        if ((flags & ValueTaskSourceOnCompletedFlags.FlowExecutionContext) != 0)
        {
            ThreadPool.QueueUserWorkItem(continuation, state, preferLocal: false);
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(continuation, state, preferLocal: false);
        }
    }
}
