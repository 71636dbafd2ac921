using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>
/// Who may use the media endpoints: the policy <see cref="SectionAccessMedia"/> (Umbraco's policy name). Until the
/// back office adds sign-in it requires an authenticated user, and, when no authentication is set up at all, a
/// placeholder scheme answers every request 401, so the endpoints are never open. The back office replaces the
/// policy (access to the Media section) and brings its own default scheme; the placeholder then steps aside.
/// </summary>
public static class MediaAuthorization
{
    public const string SectionAccessMedia = "SectionAccessMedia";
    public const string PlaceholderScheme = "ClinicCms.NoSignInYet";

    public static IServiceCollection AddMediaAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorizationBuilder()
            .AddPolicy(SectionAccessMedia, policy => policy.RequireAuthenticatedUser());
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            if (o.DefaultScheme is null && o.DefaultChallengeScheme is null && o.DefaultAuthenticateScheme is null)
            {
                o.AddScheme<NoSignInHandler>(PlaceholderScheme, displayName: null);
                o.DefaultScheme = PlaceholderScheme;
            }
        });
        return services;
    }
}
