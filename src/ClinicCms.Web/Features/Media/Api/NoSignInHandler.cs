using Microsoft.AspNetCore.Authentication;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>The placeholder authentication of <see cref="MediaAuthorization"/>: nobody is signed in, everybody is refused.</summary>
public sealed class NoSignInHandler : IAuthenticationHandler
{
    private HttpContext? _context;

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        _context = context;
        return Task.CompletedTask;
    }

    public Task<AuthenticateResult> AuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    public Task ChallengeAsync(AuthenticationProperties? properties)
    {
        _context!.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public Task ForbidAsync(AuthenticationProperties? properties)
    {
        _context!.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
