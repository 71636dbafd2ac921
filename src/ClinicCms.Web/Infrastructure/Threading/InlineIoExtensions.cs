using ClinicCms.Web.Features.Site;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicCms.Web.Infrastructure.Threading;

/// <summary>
/// Inline I/O (<c>ClinicCms:Server:InlineIo</c>, by default on when the output cache is, see <see cref="IsOn"/>): the
/// socket engine's threads read a request, and when the hot page cache has the page, write the answer themselves, the
/// way nginx's event loop does, instead of handing each step to another thread (measured on 2 cores: about 24 µs of
/// CPU per cached page instead of 33, see bench/README.md). Everything else leaves those threads at once:
/// <see cref="UseApplicationThreads"/> moves the rest of the pipeline to the thread pool, request bodies finish their
/// reads there (<see cref="ThreadPoolRequestBody"/>) and so do database commands (<see cref="ThreadPoolDbInterceptor"/>).
/// </summary>
public static class InlineIoExtensions
{
    // Read once by the runtime, when the process first uses an asynchronous socket (before the server starts).
    private const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public const string Setting = "ClinicCms:Server:InlineIo";

    /// <summary>
    /// Whether inline I/O is on: as set, or else as the output cache is. Inline I/O serves only the hot page cache,
    /// which exists only with the output cache; without it every request would pay the hand-off to the thread pool
    /// for nothing (bench, 2 cores, uncached article: 89-136 µs of CPU a render with it off, 141-208 µs with it on).
    /// </summary>
    public static bool IsOn(IConfiguration configuration) =>
        configuration.GetValue<bool?>(Setting) ?? SiteExtensions.CachesPages(configuration);

    public static WebApplicationBuilder AddInlineIo(this WebApplicationBuilder builder)
    {
        if (!IsOn(builder.Configuration))
        {
            return builder;
        }

        Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        builder.Services.AddSingleton<IInterceptor, ThreadPoolDbInterceptor>();
        return builder;
    }

    /// <summary>Goes right after the hot page cache (see <see cref="ApplicationThreadsMiddleware"/>).</summary>
    public static WebApplication UseApplicationThreads(this WebApplication app)
    {
        app.UseMiddleware<ApplicationThreadsMiddleware>();
        return app;
    }
}
