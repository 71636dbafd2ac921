using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Validation;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Media.Processing;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// The media library's write side: create folders (and, through <see cref="Uploads.MediaUploadService"/>, files),
/// rename and save an item's details (alt text, decorative, focal point). Each operation is one transaction
/// with its audit entry and cache instruction; the public snapshot is refreshed after it commits. The recycle bin
/// and moves are <see cref="MediaTreeService"/>.
/// </summary>
public sealed class MediaService(MediaWriter writer, MediaUsageService usage, ProcessedImageCache processedImages)
{
    private const int MaxNameLength = 255;

    public Task<MediaResult> CreateFolderAsync(Guid parentKey, string name, ContentUser user, CancellationToken cancellationToken = default) =>
        user.CanManageMedia()
            ? CreateAsync(Guid.NewGuid(), parentKey, MediaConventions.Folder, name, PropertyValues.Empty, user, storeFile: null, cancellationToken)
            : Task.FromResult(MediaResult.Forbidden(Guid.Empty));

    /// <summary>
    /// Creates a media node (the caller has checked the user may). <paramref name="storeFile"/> runs inside the transaction after the rows are written, so a
    /// failure to store the file leaves no row, and a failed commit is reported to the caller to remove the file.
    /// </summary>
    internal async Task<MediaResult> CreateAsync(
        Guid key, Guid parentKey, string mediaTypeAlias, string name, PropertyValues values, ContentUser user,
        Func<CancellationToken, Task>? storeFile, CancellationToken cancellationToken)
    {
        if (writer.Schema.MediaType(mediaTypeAlias) is not { } type)
        {
            return MediaResult.Refused(key, $"There is no media type \"{mediaTypeAlias}\".");
        }

        if (NameProblem(name) is { } nameProblem)
        {
            return MediaResult.Invalid(key, 0, [nameProblem]);
        }

        var (parent, problem) = await writer.ParentAsync(parentKey, type, cancellationToken);
        if (problem is not null)
        {
            return MediaResult.Refused(key, problem);
        }

        var now = writer.Now();
        var node = new ContentNode
        {
            Key = key,
            Kind = ContentItemKind.Media,
            ParentKey = parentKey,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = await writer.NextSortOrderAsync(parentKey, cancellationToken),
            ContentTypeAlias = type.Alias,
            Name = name.Trim(),
            CreateDate = now,
            UpdateDate = now,
            CreatorName = user.Name,
            WriterName = user.Name,
        };
        var version = writer.AppendVersion(node, name.Trim(), values, user);

        var db = writer.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Nodes.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        node.Path = (parent?.Path ?? "-1") + "," + node.Id;
        MediaWriter.PointAtLatest(node, version);
        writer.Audit(key, AuditActions.New, user, version.Number);
        writer.Notify([key]);
        await db.SaveChangesAsync(cancellationToken);
        if (storeFile is not null)
        {
            await storeFile(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await writer.RefreshAsync([key], cancellationToken);
        return new MediaResult(MediaResultStatus.Success, key, version.Number, ImageAltTextRule.Check(type.Alias, values));
    }

    public Task<MediaResult> RenameAsync(Guid key, string name, ContentUser user, CancellationToken cancellationToken = default) =>
        user.CanManageMedia()
            ? EditAsync(key, null, user, (node, values) => (name, values, []), cancellationToken)
            : Task.FromResult(MediaResult.Forbidden(key));

    /// <summary>Saves the media item's page. For an image, alt text is required unless it is marked decorative (ClinicCms rule).</summary>
    public Task<MediaResult> SaveAsync(Guid key, MediaEdit edit, int basedOnVersion, ContentUser user, CancellationToken cancellationToken = default) =>
        !user.CanManageMedia() ? Task.FromResult(MediaResult.Forbidden(key)) : EditAsync(key, basedOnVersion, user, (node, values) =>
        {
            if (!MediaWriter.IsImage(node))
            {
                return (edit.Name, values, []);
            }

            var updated = WithAltText(values, edit.AltText, edit.IsDecorative);
            updated = WithFocalPoint(updated, edit.FocalPoint);
            return (edit.Name, updated, ImageAltTextRule.Check(node.ContentTypeAlias, updated));
        }, cancellationToken);

    /// <summary>
    /// Sets an image's alternative text or marks it decorative. Users without the Media section may do it only while
    /// no published page shows the image (<see cref="MediaAccess"/>).
    /// </summary>
    public async Task<MediaResult> SetAltTextAsync(Guid key, string? altText, bool isDecorative, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.CanManageMedia())
        {
            if (!user.CanPickMedia())
            {
                return MediaResult.Forbidden(key, MediaAccess.PickMessage);
            }

            if ((await usage.FindAsync([key], cancellationToken)).Any(u => u.InPublished && !u.Trashed))
            {
                return MediaResult.Forbidden(key, MediaAccess.LiveImageMessage);
            }
        }

        return await EditAsync(key, null, user, (node, values) =>
        {
            if (!MediaWriter.IsImage(node))
            {
                return (node.Name, values, [new ValidationProblem(MediaConventions.AltText, "Only images have alternative text.")]);
            }

            var updated = WithAltText(values, altText, isDecorative);
            return (node.Name, updated, ImageAltTextRule.Check(node.ContentTypeAlias, updated));
        }, cancellationToken);
    }

    /// <summary>Sets the point (fractions from the top left) that every crop keeps in frame; null centres it again.</summary>
    public Task<MediaResult> SetFocalPointAsync(Guid key, FocalPoint? focalPoint, ContentUser user, CancellationToken cancellationToken = default) =>
        !user.CanManageMedia() ? Task.FromResult(MediaResult.Forbidden(key)) : EditAsync(key, null, user, (node, values) => MediaWriter.IsImage(node)
            ? (node.Name, WithFocalPoint(values, focalPoint), [])
            : (node.Name, values, [new ValidationProblem("focalPoint", "Only images have a focal point.")]), cancellationToken);

    private async Task<MediaResult> EditAsync(
        Guid key, int? basedOnVersion, ContentUser user,
        Func<ContentNode, PropertyValues, (string Name, PropertyValues Values, IReadOnlyList<ValidationProblem> Problems)> change,
        CancellationToken cancellationToken)
    {
        var node = await writer.FindAsync(key, cancellationToken);
        if (node is null)
        {
            return MediaResult.NotFound(key);
        }

        if (basedOnVersion is { } expected && expected != node.VersionNumber)
        {
            return new MediaResult(MediaResultStatus.Stale, key, node.VersionNumber, [],
                $"{node.WriterName ?? "Someone else"} saved \"{node.Name}\" at {node.UpdateDate:yyyy-MM-dd HH:mm} UTC, after you opened it. Your changes were not saved: reload to see theirs.");
        }

        var before = await writer.ValuesAsync(node, cancellationToken);
        var (name, values, problems) = change(node, before);
        if (NameProblem(name) is { } nameProblem)
        {
            problems = [nameProblem, .. problems];
        }

        if (problems.Count > 0)
        {
            return MediaResult.Invalid(key, node.VersionNumber, problems);
        }

        var db = writer.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = writer.AppendVersion(node, name.Trim(), values, user);
        writer.Audit(key, AuditActions.Save, user, version.Number);
        writer.Notify([key]);
        await db.SaveChangesAsync(cancellationToken);
        MediaWriter.PointAtLatest(node, version);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await writer.RefreshAsync([key], cancellationToken);

        if (FocalPointOf(before) != FocalPointOf(values))
        {
            // Crops made around the old focal point will not be asked for again.
            processedImages.Remove(key);
        }

        return new MediaResult(MediaResultStatus.Success, key, version.Number, []);
    }

    private static ValidationProblem? NameProblem(string? name) => name?.Trim() switch
    {
        null or { Length: 0 } => new ValidationProblem("name", "Enter a name."),
        { Length: > MaxNameLength } => new ValidationProblem("name", $"The name is longer than {MaxNameLength} characters."),
        _ => null,
    };

    private static PropertyValues WithAltText(PropertyValues values, string? altText, bool isDecorative) => values
        .Set(MediaConventions.AltText, string.IsNullOrWhiteSpace(altText) ? null : altText.Trim())
        .Set(MediaConventions.IsDecorative, isDecorative ? "1" : "0");

    private static PropertyValues WithFocalPoint(PropertyValues values, FocalPoint? focalPoint)
    {
        var file = values.Get(MediaConventions.FileProperty);
        var current = Core.Published.Converters.ImageCropperConverter.Parse(file);
        return current is null ? values : values.Set(MediaConventions.FileProperty, ImageCropperJson.Write(current.Src, Clamp(focalPoint), file));
    }

    private static FocalPoint? FocalPointOf(PropertyValues values) =>
        Core.Published.Converters.ImageCropperConverter.Parse(values.Get(MediaConventions.FileProperty))?.FocalPoint;

    private static FocalPoint? Clamp(FocalPoint? point) =>
        point is null ? null : new FocalPoint(Math.Round(Math.Clamp(point.Left, 0m, 1m), 4), Math.Round(Math.Clamp(point.Top, 0m, 1m), 4));
}
