using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Search;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Infrastructure;
using ClinicCms.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddCmsDatabase();
builder.AddCmsEngine();
builder.AddSecurityHeaders();
builder.AddCompression();
builder.AddPublicSite();
builder.AddSiteSearch();
builder.AddBackOffice();
builder.AddMediaLibrary();

var app = builder.Build();

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

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
