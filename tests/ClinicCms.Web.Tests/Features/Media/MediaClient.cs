using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using ClinicCms.Web.Features.Media.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.Media;

/// <summary>Calls the media endpoints as a signed-in editor would: with the antiforgery cookie and header.</summary>
public static class MediaClient
{
    public const string Editor = "Test Editor";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client signed in as the editor; <paramref name="antiforgery"/> adds a valid token pair.</summary>
    public static HttpClient CreateEditorClient(this MediaApplication site, bool antiforgery = true)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Add(MediaApplication.UserHeader, Editor);
        if (antiforgery)
        {
            var context = new DefaultHttpContext
            {
                RequestServices = site.Services,
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Editor), new Claim(ClaimTypes.NameIdentifier, "1")], "Test")),
            };
            var tokens = site.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
            var cookie = context.Response.Headers.SetCookie.ToString().Split(';')[0];
            client.DefaultRequestHeaders.Add("Cookie", cookie);
            client.DefaultRequestHeaders.Add(tokens.HeaderName!, tokens.RequestToken);
        }

        return client;
    }

    public static async Task<(HttpResponseMessage Response, MediaUploadResponse? Body)> UploadAsync(
        this HttpClient client, Guid parentKey, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileName = $"\"{name}\"" };
            form.Add(part);
        }

        var response = await client.PostAsync($"{MediaEndpoints.Prefix}/upload?parentKey={parentKey}", form);
        var body = response.Content.Headers.ContentType?.MediaType == "application/json"
            ? await response.Content.ReadFromJsonAsync<MediaUploadResponse>(Json)
            : null;
        return (response, body);
    }
}
