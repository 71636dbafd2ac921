using ClinicCms.Web.Features.BackOffice.Security;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>
/// The back office's JSON endpoints for the media library, under <c>/umbraco/management/api/v1/media</c>. Reading,
/// uploading and describing an image are what the content editor's media picker does
/// (<see cref="MediaAuthorization.SectionAccessForMediaTree"/>); the rest needs the Media section
/// (<see cref="MediaAuthorization.SectionAccessMedia"/>). The services check the finer rules themselves; every
/// endpoint that changes something also needs the antiforgery token in its header. Errors are ProblemDetails.
/// </summary>
public static class MediaEndpoints
{
    public const string Prefix = "/umbraco/management/api/v1/media";

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup(Prefix).WithTags("Media").DisableAntiforgery();
        var read = media.MapGroup("").RequireAuthorization(MediaAuthorization.SectionAccessForMediaTree);
        var pick = media.MapGroup("").RequireAuthorization(MediaAuthorization.SectionAccessForMediaTree).AddEndpointFilter<AntiforgeryHeaderFilter>();
        var write = media.MapGroup("").RequireAuthorization(MediaAuthorization.SectionAccessMedia).AddEndpointFilter<AntiforgeryHeaderFilter>();

        read.MapGet("/children", (MediaQueryService q, Guid? parentKey, int? skip, int? take, CancellationToken ct) =>
            q.ListAsync(parentKey ?? Guid.Empty, skip ?? 0, take ?? 50, ct));
        read.MapGet("/recycle-bin", (MediaQueryService q, int? skip, int? take, CancellationToken ct) => q.RecycleBinAsync(skip ?? 0, take ?? 50, ct));
        read.MapGet("/search", (MediaQueryService q, string? query, int? skip, int? take, CancellationToken ct) => q.SearchAsync(query ?? "", skip ?? 0, take ?? 50, ct));
        read.MapGet("/{key:guid}", async (MediaQueryService q, Guid key, CancellationToken ct) =>
            await q.DetailAsync(key, ct) is { } detail ? Results.Ok(detail) : TypedResults.Problem("The media item does not exist or was deleted.", statusCode: 404, title: "Not found"));
        read.MapGet("/{key:guid}/referenced-by", (MediaUsageService u, Guid key, CancellationToken ct) => u.FindAsync([key], ct));

        pick.MapPost("/upload", MediaUploadEndpoint.UploadAsync);
        pick.MapPut("/{key:guid}/alt-text", async (MediaService s, Guid key, AltTextRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.SetAltTextAsync(key, body.AltText, body.IsDecorative, http.User.ToContentUser(), ct)));

        write.MapPost("/folder", async (MediaService s, CreateFolderRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.CreateFolderAsync(body.ParentKey, body.Name, http.User.ToContentUser(), ct)));
        write.MapPut("/{key:guid}", async (MediaService s, Guid key, SaveMediaRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.SaveAsync(key, new MediaEdit(body.Name, body.AltText, body.IsDecorative, body.FocalPoint), body.BasedOnVersion, http.User.ToContentUser(), ct)));
        write.MapPut("/{key:guid}/focal-point", async (MediaService s, Guid key, FocalPointRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await s.SetFocalPointAsync(key, body.FocalPoint, http.User.ToContentUser(), ct)));
        write.MapPut("/{key:guid}/move", async (MediaTreeService t, Guid key, ParentRequest body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.MoveAsync(key, body.ParentKey ?? Guid.Empty, http.User.ToContentUser(), ct)));
        write.MapPut("/{key:guid}/move-to-recycle-bin", async (MediaTreeService t, Guid key, bool? confirmUsed, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.TrashAsync(key, http.User.ToContentUser(), confirmUsed ?? false, ct)));
        write.MapPut("/{key:guid}/restore", async (MediaTreeService t, Guid key, ParentRequest? body, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.RestoreAsync(key, http.User.ToContentUser(), body?.ParentKey, ct)));
        write.MapDelete("/{key:guid}", async (MediaTreeService t, Guid key, bool? confirmUsed, HttpContext http, CancellationToken ct) =>
            MediaResults.From(await t.DeleteAsync(key, http.User.ToContentUser(), confirmUsed ?? false, ct)));
        return app;
    }
}
