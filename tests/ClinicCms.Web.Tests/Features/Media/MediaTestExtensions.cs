using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Uploads;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.Media;

public static class MediaTestExtensions
{
    public static readonly ContentUser Editor = new(null, MediaClient.Editor);

    /// <summary>Uploads a file through the service, as the endpoint does, and fails the test if it is refused.</summary>
    public static async Task<MediaUploadResult> UploadAsync(this CmsApplication site, string fileName, byte[] content, Guid parentKey = default)
    {
        var result = await site.InScopeAsync(s => s.GetRequiredService<MediaUploadService>().UploadAsync(parentKey, fileName, new MemoryStream(content), Editor));
        Assert.True(result.Succeeded, result.Message);
        return result;
    }

    public static Task<MediaResult> MediaAsync(this CmsApplication site, Func<MediaService, Task<MediaResult>> action) =>
        site.InScopeAsync(s => action(s.GetRequiredService<MediaService>()));

    public static Task<MediaResult> TreeAsync(this CmsApplication site, Func<MediaTreeService, Task<MediaResult>> action) =>
        site.InScopeAsync(s => action(s.GetRequiredService<MediaTreeService>()));

    public static Task<T> QueryAsync<T>(this CmsApplication site, Func<MediaQueryService, Task<T>> action) =>
        site.InScopeAsync(s => action(s.GetRequiredService<MediaQueryService>()));
}
