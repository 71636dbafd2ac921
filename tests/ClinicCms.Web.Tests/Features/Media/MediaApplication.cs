using System.Security.Claims;
using System.Text.Encodings.Web;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Tests.Features.Media;

/// <summary>
/// The site with its media folder, image cache and upload folder in a temporary folder of its own, and a test
/// sign-in: a request with the <c>X-Test-User</c> header is signed in as that user, in the group the
/// <c>X-Test-Group</c> header names (Editors when it is missing); any other request is anonymous. The back office's
/// real sign-in is tested in <c>MediaPermissionTests</c>.
/// </summary>
public class MediaApplication : CmsApplication
{
    public const string UserHeader = "X-Test-User";
    public const string GroupHeader = "X-Test-Group";

    public MediaApplication()
    {
        Root = Path.Combine(Path.GetTempPath(), "cliniccms-media-tests", Guid.NewGuid().ToString("N"));
        Settings[MediaPaths.MediaRootKey] = Path.Combine(Root, "media");
        Settings[MediaPaths.CacheFolderKey] = Path.Combine(Root, "cache");
        Settings["ClinicCms:Media:UploadTempFolder"] = Path.Combine(Root, "uploads");
    }

    public string Root { get; }

    public string MediaRoot => Path.Combine(Root, "media");

    public string CacheFolder => Path.Combine(Root, "cache");

    public string UploadFolder => Path.Combine(Root, "uploads");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddAuthentication(TestSignIn.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers[UserHeader].FirstOrDefault() is not { Length: > 0 } name)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var group = Request.Headers[GroupHeader].FirstOrDefault() ?? UserGroups.Editors;
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.NameIdentifier, "1"), new Claim(ClaimTypes.Role, group)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
