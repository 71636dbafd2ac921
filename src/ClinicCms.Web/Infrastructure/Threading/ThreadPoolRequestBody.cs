namespace ClinicCms.Web.Infrastructure.Threading;

/// <summary>
/// A request body whose reads always finish on the thread pool. With inline I/O, a read that had to wait for the
/// network is completed by the socket engine's thread; without this, the form parsing, validation and database work
/// after <c>await Request.ReadFormAsync()</c> would run there.
/// </summary>
public sealed class ThreadPoolRequestBody(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    // A read that completes at once stays on the caller's thread (the pool's). One that waits completes a task whose
    // continuations always run on the pool: the caller either awaits it in time and is queued there, or finds it done
    // and carries on where it already is.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = inner.ReadAsync(buffer, cancellationToken);
        return read.IsCompleted ? read : new ValueTask<int>(OnThreadPool(read));
    }

    private static Task<int> OnThreadPool(ValueTask<int> read)
    {
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var awaiter = read.ConfigureAwait(false).GetAwaiter();
        awaiter.UnsafeOnCompleted(() =>
        {
            try
            {
                done.SetResult(awaiter.GetResult());
            }
            catch (OperationCanceledException cancelled)
            {
                done.SetCanceled(cancelled.CancellationToken);
            }
            catch (Exception failed)
            {
                done.SetException(failed);
            }
        });
        return done.Task;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // The server owns the inner body and disposes it with the request.
    protected override void Dispose(bool disposing)
    {
    }
}
