using System.Text;
using ClinicCms.Web.Infrastructure.Threading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;

namespace ClinicCms.Web.Tests.Threading;

/// <summary>
/// With inline I/O the socket engine's threads (not the thread pool's) complete reads. These tests stand in for them
/// with a dedicated thread and check that application code always ends up on the thread pool.
/// </summary>
public sealed class ApplicationThreadsTests
{
    [Fact]
    public async Task A_request_arriving_on_an_io_thread_is_handled_on_the_thread_pool()
    {
        bool? handledOnPool = null;
        var middleware = new ApplicationThreadsMiddleware(_ =>
        {
            handledOnPool = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        });

        await StartOnIoThread(() => middleware.InvokeAsync(new DefaultHttpContext()));

        Assert.True(handledOnPool);
    }

    [Fact]
    public async Task A_form_whose_body_arrives_on_an_io_thread_is_read_and_handled_on_the_thread_pool()
    {
        var body = new LateBody(Encoding.ASCII.GetBytes("name=Dr+Rina+Sen&role=oncologist"));
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpRequestBodyDetectionFeature>(new BodyExpected());
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = body;
        bool? handledOnPool = null;
        string? name = null;
        var middleware = new ApplicationThreadsMiddleware(async c =>
        {
            var form = await c.Request.ReadFormAsync();
            handledOnPool = Thread.CurrentThread.IsThreadPoolThread;
            name = form["name"];
        });

        var request = middleware.InvokeAsync(context);
        await body.ReadStarted.Task;
        await StartOnIoThread(() =>
        {
            body.Arrive();
            return Task.CompletedTask;
        });
        await request;

        Assert.Equal("Dr Rina Sen", name);
        Assert.True(handledOnPool);
    }

    [Fact]
    public async Task A_database_answer_on_an_io_thread_is_continued_on_the_thread_pool()
    {
        var interceptor = new ThreadPoolDbInterceptor();
        bool? continuedOnPool = null;
        var rows = 0;

        await StartOnIoThread(async () =>
        {
            rows = await interceptor.NonQueryExecutedAsync(null!, null!, 3);
            continuedOnPool = Thread.CurrentThread.IsThreadPoolThread;
        });

        Assert.Equal(3, rows);
        Assert.True(continuedOnPool);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "false", false)]
    [InlineData("true", "false", true)]
    [InlineData("false", null, false)]
    public void Inline_io_follows_the_output_cache_unless_it_is_set(string? inlineIo, string? outputCache, bool expected)
    {
        var settings = new Dictionary<string, string?>
        {
            [InlineIoExtensions.Setting] = inlineIo,
            [Web.Features.Site.SiteExtensions.OutputCacheSetting] = outputCache,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(expected, InlineIoExtensions.IsOn(configuration));
    }

    // Starts the work on a thread of its own, as the socket engine's event loop would, and waits for all of it.
    private static async Task StartOnIoThread(Func<Task> work)
    {
        Task? started = null;
        var thread = new Thread(() => started = work()) { IsBackground = true };
        thread.Start();
        thread.Join();
        await started!;
    }

    private sealed class BodyExpected : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    // A body whose bytes are not there yet when the application asks: the read completes later, on the thread that
    // calls Arrive (its continuations run synchronously there, like a socket completion with inline I/O).
    private sealed class LateBody(byte[] data) : Stream
    {
        private readonly TaskCompletionSource<int> arrived = new();
        private Memory<byte> waiting;
        private int offset = -1;

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arrive()
        {
            offset = Math.Min(data.Length, waiting.Length);
            data.AsSpan(0, offset).CopyTo(waiting.Span);
            arrived.SetResult(offset);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (offset >= 0)
            {
                var count = Math.Min(data.Length - offset, buffer.Length);
                data.AsSpan(offset, count).CopyTo(buffer.Span);
                offset += count;
                return ValueTask.FromResult(count);
            }

            waiting = buffer;
            ReadStarted.SetResult();
            return new ValueTask<int>(arrived.Task);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
