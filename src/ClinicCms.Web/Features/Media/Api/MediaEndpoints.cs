using ClinicCms.Web.Features.Media.Uploads;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>
/// The back office's JSON endpoints for the media library, under <c>/umbraco/management/api/v1/media</c>.
/// Every endpoint needs the <see cref="MediaAuthorization.SectionAccessMedia"/> policy; every one that changes
/// something also needs the antiforgery token in its header. Errors are ProblemDetails.
/// </summary>
public static class MediaEndpoints
{
    public const string Prefix = "/umbraco/management/api/v1/media";

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup(Prefix).RequireAuthorization(MediaAuthorization.SectionAccessMedia).WithTags("Media").DisableAntiforgery();
        var read = media.MapGroup("");
        var write = media.MapGroup("").AddEndpointFilter<AntiforgeryHeaderFilter>();

        read.MapGet("/children", (MediaQueryService q, Guid? parentKey, int? skip, int? take, CancellationToken ct) =>
            q.ListAsync(parentKey ?? Guid.Empty, skip ?? 0, take ?? 50, ct));
        read.MapGet("/recycle-bin", (MediaQueryService q, int? skip, int? take, CancellationToken ct) => q.RecycleBinAsync(skip ?? 0, take ?? 50, ct));
        read.MapGet("/search", (MediaQueryService q, string? query, int? skip, int? take, CancellationToken ct) => q.SearchAsync(query ?? "", skip ?? 0, take ?? 50, ct));
        read.MapGet("/{key:guid}", async (MediaQueryService q, Guid key, CancellationToken ct) =>
            await q.DetailAsync(key, ct) is { } detail ? Results.Ok(detail) : TypedResults.Problem("The media item does not exist or was deleted.", statusCode: 404, title: "Not found"));
        read.MapGet("/{key:guid}/referenced-by", (MediaUsageService u, Guid key, CancellationToken ct) => u.FindAsync([key], ct));

        write.MapPost("/upload", MediaUploadEndpoint.UploadAsync);
        write.MapPost("/folder", async (MediaService s, CreateFolderRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.CreateFolderAsync(body.ParentKey, body.Name, MediaUser.From(http.User), ct)));
        write.MapPut("/{key:guid}", async (MediaService s, Guid key, SaveMediaRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.SaveAsync(key, new MediaEdit(body.Name, body.AltText, body.IsDecorative, body.FocalPoint), body.BasedOnVersion, MediaUser.From(http.User), ct)));
        write.MapPut("/{key:guid}/focal-point", async (MediaService s, Guid key, FocalPointRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.SetFocalPointAsync(key, body.FocalPoint, MediaUser.From(http.User), ct)));
        write.MapPut("/{key:guid}/move", async (MediaTreeService t, Guid key, ParentRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.MoveAsync(key, body.ParentKey ?? Guid.Empty, MediaUser.From(http.User), ct)));
        write.MapPut("/{key:guid}/move-to-recycle-bin", async (MediaTreeService t, Guid key, bool? confirmUsed, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.TrashAsync(key, MediaUser.From(http.User), confirmUsed ?? false, ct)));
        write.MapPut("/{key:guid}/restore", async (MediaTreeService t, Guid key, ParentRequest? body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.RestoreAsync(key, MediaUser.From(http.User), body?.ParentKey, ct)));
        write.MapDelete("/{key:guid}", async (MediaTreeService t, Guid key, bool? confirmUsed, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.DeleteAsync(key, MediaUser.From(http.User), confirmUsed ?? false, ct)));
        return app;
    }
}
