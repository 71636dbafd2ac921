using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Web.Features.Media.Api;

/// <summary>Create a folder: <c>POST …/media/folder</c>.</summary>
public sealed record CreateFolderRequest(Guid ParentKey, string Name);

/// <summary>Save the media item's page: <c>PUT …/media/{key}</c>; <see cref="BasedOnVersion"/> is the version the editor opened.</summary>
public sealed record SaveMediaRequest(string Name, string? AltText, bool IsDecorative, FocalPoint? FocalPoint, int BasedOnVersion);

/// <summary>Set or clear (null) the focal point: <c>PUT …/media/{key}/focal-point</c>.</summary>
public sealed record FocalPointRequest(FocalPoint? FocalPoint);

/// <summary>Set an image's alternative text, or mark it decorative: <c>PUT …/media/{key}/alt-text</c> (the media picker's "describe" step).</summary>
public sealed record AltTextRequest(string? AltText, bool IsDecorative);

/// <summary>Move, or restore to a chosen folder (<see cref="Guid.Empty"/> is the root; null restores where it was).</summary>
public sealed record ParentRequest(Guid? ParentKey);

/// <summary>The answer to an upload: one entry per file, in the order they were sent.</summary>
public sealed record MediaUploadResponse(IReadOnlyList<MediaUploadItem> Files);

/// <summary>One uploaded file: the created item, or a ProblemDetails saying why the file was refused.</summary>
public sealed record MediaUploadItem(
    string FileName,
    Guid? Key,
    string? MediaTypeAlias,
    string? Url,
    string? ThumbnailUrl,
    IReadOnlyList<Core.Validation.ValidationProblem> Problems,
    Microsoft.AspNetCore.Mvc.ProblemDetails? Error);
