using System.Net;
using ClinicCms.Web.Features.Media.Api;
using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Media;

/// <summary>Without a back-office sign-in every media endpoint answers 401, whatever it is asked.</summary>
public sealed class MediaEndpointsWithoutSignInTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    [Theory]
    [InlineData("GET", "/children")]
    [InlineData("POST", "/upload")]
    [InlineData("DELETE", "/3b52c067-66a6-48f0-b2c9-43555f0e59ff")]
    public async Task Every_media_endpoint_refuses_anonymous_requests(string method, string path)
    {
        var response = await site.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), MediaEndpoints.Prefix + path)
        {
            Content = method == "GET" ? null : new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "files", "a.png" } },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
