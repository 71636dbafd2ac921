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

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        await ThreadPoolHop.IfOnIoThread();
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        await inner.CopyToAsync(destination, bufferSize, cancellationToken);
        await ThreadPoolHop.IfOnIoThread();
    }

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
