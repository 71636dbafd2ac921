using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Search;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Features.USync;
using ClinicCms.Web.Features.USync.CommandLine;
using ClinicCms.Web.Infrastructure;
using ClinicCms.Web.Infrastructure.Security;
using ClinicCms.Web.Infrastructure.Threading;

var builder = WebApplication.CreateBuilder(args);

builder.AddInlineIo();
builder.AddCmsDatabase();
builder.AddCmsEngine();
builder.AddUSync();
builder.AddSecurityHeaders();
builder.AddCompression();
builder.AddPublicSite();
builder.AddSiteSearch();
builder.AddBackOffice();
builder.AddMediaLibrary();

// `usync report|import|export` runs against the same database and exits without starting the web server.
if (await USyncCommandLine.TryRunAsync(builder, args) is int exitCode)
{
    return exitCode;
}

var app = builder.Build();

app.UseHotPageCache();
app.UseApplicationThreads();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.UseSecurityHeaders();
app.UseMediaFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.UseResponseCompression();

await app.InitialiseCmsAsync();
app.MapStaticAssets();
app.MapBackOffice();
app.MapControllers().WithStaticAssets();
app.MapMediaLibrary();
app.MapSiteSearch();
app.MapPublicSite();
_ = app.Services.GetRequiredService<StartupWork>().CompactWhenDoneAsync();

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
