using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddCmsDatabase();
builder.AddCmsEngine();
builder.AddPublicSite();
builder.AddBackOffice();
builder.AddMediaLibrary();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.UseMediaFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();

await app.InitialiseCmsAsync();
app.MapBackOffice();
app.MapControllers();
app.MapMediaLibrary();
app.MapPublicSite();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
