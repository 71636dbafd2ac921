namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Writes through to the response and keeps a copy of up to a limit; <see cref="Complete"/> says whether all of it
/// fitted. Whether a copy is wanted at all is asked at the first write (<paramref name="wanted"/>): with the output cache
/// off no answer is stored, and copying each one cost an uncached render about 60 KB of garbage (a MemoryStream
/// growing to the page's size) and the copying (bench/README.md).
/// </summary>
internal sealed class TeeStream(Stream inner, int limit, Func<bool> wanted) : Stream
{
    private readonly MemoryStream _copy = new();
    private bool _asked;

    public bool Complete { get; private set; } = true;

    public byte[] ToArray() => _copy.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Keep(buffer.AsSpan(offset, count));
        return inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!_asked)
        {
            _asked = true;
            Complete = wanted();
        }

        if (!Complete || _copy.Length + bytes.Length > limit)
        {
            Complete = false;
            return;
        }

        _copy.Write(bytes);
    }

    protected override void Dispose(bool disposing)
    {
        _copy.Dispose();
        base.Dispose(disposing);
    }
}
