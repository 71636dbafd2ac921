using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>
/// Antiforgery for the media endpoints that change something. The token must come in the request header
/// (<c>RequestVerificationToken</c>, as the back office's scripts send it), never in the form: reading a form
/// field would buffer the whole upload before its size could be checked.
/// </summary>
public sealed class AntiforgeryHeaderFilter(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = options.Value.HeaderName ?? "RequestVerificationToken";
        if (!http.Request.Headers.ContainsKey(header))
        {
            return TypedResults.Problem($"The antiforgery token is missing: send it in the {header} header.", statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem("The antiforgery token is not valid: reload the page and try again.", statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token not valid");
        }

        return await next(context);
    }
}
