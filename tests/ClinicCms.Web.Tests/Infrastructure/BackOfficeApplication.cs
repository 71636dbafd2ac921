using ClinicCms.Web.Features.BackOffice.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>The site with an administrator from the unattended install keys, plus a writer and an editor.</summary>
public class BackOfficeApplication : CmsApplication, IAsyncLifetime
{
    public const string Password = "a-long-test-password";
    public const string Admin = "admin@clinic.test";
    public const string Writer = "writer@clinic.test";
    public const string Editor = "editor@clinic.test";
    public const string SecondEditor = "priya@clinic.test";

    public BackOfficeApplication()
    {
        Settings["Umbraco:CMS:Unattended:InstallUnattended"] = "true";
        Settings["Umbraco:CMS:Unattended:UnattendedUserName"] = "Asha Admin";
        Settings["Umbraco:CMS:Unattended:UnattendedUserEmail"] = Admin;
        Settings["Umbraco:CMS:Unattended:UnattendedUserPassword"] = Password;
    }

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        _ = Server;
        await InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<BackOfficeUserService>();
            await users.CreateAsync("Wendy Writer", Writer, Password, [UserGroups.Writers]);
            await users.CreateAsync("Eddie Editor", Editor, Password, [UserGroups.Editors]);
            await users.CreateAsync("Priya from Marketing", SecondEditor, Password, [UserGroups.Editors]);
        });
    }

    public Task<BackOfficeClient> SignInAsync(string email) => BackOfficeClient.SignInAsync(this, email, Password);
}
