using Microsoft.AspNetCore.Http.Features;

namespace ClinicCms.Web.Infrastructure.Threading;

/// <summary>
/// Right after the hot page cache: a request it did not answer continues on the thread pool, with a request body
/// whose reads finish there too (<see cref="ThreadPoolRequestBody"/>). On the thread pool already (inline I/O off,
/// or the test server) it costs a thread check.
/// </summary>
public sealed class ApplicationThreadsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await ThreadPoolHop.IfOnIoThread();
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            context.Request.Body = new ThreadPoolRequestBody(context.Request.Body);
        }

        await next(context);
    }
}
