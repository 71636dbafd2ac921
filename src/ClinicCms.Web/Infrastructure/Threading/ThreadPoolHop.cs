using System.Runtime.CompilerServices;

namespace ClinicCms.Web.Infrastructure.Threading;

/// <summary>
/// <c>await ThreadPoolHop.IfOnIoThread()</c> carries on on a thread-pool thread. With inline I/O (see
/// <see cref="InlineIoExtensions"/>) the socket engine's own threads run the code that follows a completed read; this
/// is how application code leaves them, so a slow render or a database write never holds up other connections' I/O.
/// Already on the pool it completes at once, without queueing anything.
/// </summary>
public readonly struct ThreadPoolHop : ICriticalNotifyCompletion
{
    public static ThreadPoolHop IfOnIoThread() => default;

    public ThreadPoolHop GetAwaiter() => this;

    public bool IsCompleted => Thread.CurrentThread.IsThreadPoolThread;

    public void GetResult()
    {
    }

    public void OnCompleted(Action continuation) =>
        ThreadPool.QueueUserWorkItem(static run => run(), continuation, preferLocal: false);

    public void UnsafeOnCompleted(Action continuation) =>
        ThreadPool.UnsafeQueueUserWorkItem(static run => run(), continuation, preferLocal: false);
}
