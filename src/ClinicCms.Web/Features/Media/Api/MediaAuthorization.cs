using ClinicCms.Web.Features.BackOffice.Security;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>
/// The outer gate of the media endpoints and pages, with Umbraco's policy names. The media services check the
/// same rules again (<see cref="MediaAccess"/>), so nothing depends on which gate a request came through.
/// </summary>
public static class MediaAuthorization
{
    /// <summary>The Media section: managing the library (Administrators, Editors).</summary>
    public const string SectionAccessMedia = "SectionAccessMedia";

    /// <summary>Reading the media tree, as the media picker of the content editor does: the Media or the Content section.</summary>
    public const string SectionAccessForMediaTree = "SectionAccessForMediaTree";

    public static IServiceCollection AddMediaAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SectionAccessMedia, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.ToContentUser().CanManageMedia()))
            .AddPolicy(SectionAccessForMediaTree, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.ToContentUser().CanPickMedia()));
        return services;
    }
}
