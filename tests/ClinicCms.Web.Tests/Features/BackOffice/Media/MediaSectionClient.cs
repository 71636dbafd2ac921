using System.Net.Http.Json;
using AngleSharp.Dom;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Features.Media.Api;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>What the Media section's pages and scripts send, from a signed-in <see cref="BackOfficeClient"/>.</summary>
public static class MediaSectionClient
{
    public const string Section = "/umbraco/section/media";

    public static string Edit(Guid key) => $"{Section}/workspace/media/edit/{key}";

    /// <summary>Calls a media endpoint as the back office's scripts do: the page's antiforgery token in the header.</summary>
    public static async Task<HttpResponseMessage> ApiAsync(this BackOfficeClient client, HttpMethod method, string path, object? body = null)
    {
        var page = await client.GetAsync("/umbraco/section/content");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var request = new HttpRequestMessage(method, MediaEndpoints.Prefix + path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }

    /// <summary>A Media Picker 3 value that picks one media item, as the content editor stores it.</summary>
    public static string Picker(Guid mediaKey) => MediaPickerValue.ToStoredText([new MediaPickerItem(Guid.Empty, mediaKey, "Image", null)]);

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
