using ClinicCms.Core.Media;
using ClinicCms.Core.Published.Converters;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Media.Processing;
using ClinicCms.Web.Features.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// Where media items sit: move, move to the recycle bin, restore, delete permanently. Trashed media leave the
/// public snapshot at once, so their files answer 404. Trashing or deleting an item that content uses is refused
/// with the list of that content unless the caller confirms (Umbraco's "This item is referenced" warning). Every
/// operation needs the Media section (<see cref="MediaAccess"/>).
/// </summary>
public sealed class MediaTreeService(MediaWriter writer, MediaUsageService usage, IMediaFileStore store, ProcessedImageCache processedImages)
{
    /// <summary>Umbraco's path of the media recycle bin.</summary>
    public const string RecycleBinPath = "-1,-21";

    public async Task<MediaResult> MoveAsync(Guid key, Guid parentKey, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.CanManageMedia())
        {
            return MediaResult.Forbidden(key);
        }

        var node = await writer.FindAsync(key, cancellationToken);
        if (node is null || node.Trashed)
        {
            return MediaResult.NotFound(key);
        }

        if (writer.Schema.MediaType(node.ContentTypeAlias) is not { } type)
        {
            return MediaResult.Refused(key, $"The media type \"{node.ContentTypeAlias}\" no longer exists.");
        }

        var (parent, problem) = await writer.ParentAsync(parentKey, type, cancellationToken);
        if (problem is not null)
        {
            return MediaResult.Refused(key, problem);
        }

        if (parent is not null && (parent.Key == key || parent.Path.StartsWith(node.Path + ",", StringComparison.Ordinal)))
        {
            return MediaResult.Refused(key, $"\"{node.Name}\" cannot be moved into itself or one of its own folders.");
        }

        var db = writer.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var descendants = await writer.DescendantsAsync(node, cancellationToken);
        node.SortOrder = await writer.NextSortOrderAsync(parentKey, cancellationToken);
        Reparent(node, parent, descendants);
        writer.Audit(key, AuditActions.Move, user, node.VersionNumber, $"Moved to {(parent is null ? "the root" : $"\"{parent.Name}\"")}");
        var keys = Keys(node, descendants);
        writer.Notify(keys);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await writer.RefreshAsync(keys, cancellationToken);
        return new MediaResult(MediaResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>Moves an item (and what is in it) to the recycle bin. Content still using it must be confirmed.</summary>
    public async Task<MediaResult> TrashAsync(Guid key, ContentUser user, bool confirmUsed = false, CancellationToken cancellationToken = default)
    {
        if (!user.CanManageMedia())
        {
            return MediaResult.Forbidden(key);
        }

        var node = await writer.FindAsync(key, cancellationToken);
        if (node is null || node.Trashed)
        {
            return MediaResult.NotFound(key);
        }

        var descendants = await writer.DescendantsAsync(node, cancellationToken);
        var keys = Keys(node, descendants);
        if (await InUseAsync(node, keys, confirmUsed, "moved to the recycle bin", cancellationToken) is { } inUse)
        {
            return inUse;
        }

        var db = writer.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var item in descendants.Append(node))
        {
            item.Trashed = true;
        }

        node.TrashedParentKey = node.ParentKey;

        // As in Umbraco, the item now sits under the recycle bin (-21): what happens to its old folder later
        // (trashed, deleted) no longer touches it.
        var oldPath = node.Path;
        node.Path = RecycleBinPath + "," + node.Id;
        foreach (var child in descendants)
        {
            child.Path = node.Path + child.Path[oldPath.Length..];
        }

        writer.Audit(key, AuditActions.Move, user, node.VersionNumber, "Moved to the recycle bin");
        writer.Notify(keys);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await writer.RefreshAsync(keys, cancellationToken);
        return new MediaResult(MediaResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>Brings an item back from the recycle bin: to <paramref name="parentKey"/> when given, else where it was.</summary>
    public async Task<MediaResult> RestoreAsync(Guid key, ContentUser user, Guid? parentKey = null, CancellationToken cancellationToken = default)
    {
        if (!user.CanManageMedia())
        {
            return MediaResult.Forbidden(key);
        }

        var node = await writer.FindAsync(key, cancellationToken);
        if (node is null || !node.Trashed)
        {
            return MediaResult.NotFound(key);
        }

        if (node.TrashedParentKey is not { } original)
        {
            return MediaResult.Refused(key, $"\"{node.Name}\" is inside a folder in the recycle bin: restore that folder.");
        }

        var type = writer.Schema.MediaType(node.ContentTypeAlias)!;
        var (parent, problem) = await writer.ParentAsync(parentKey ?? original, type, cancellationToken);
        if (problem is not null)
        {
            return MediaResult.Refused(key, parentKey is null
                ? $"\"{node.Name}\" cannot go back where it was: {problem} Choose a folder to restore it to."
                : problem);
        }

        var db = writer.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var descendants = await writer.DescendantsAsync(node, cancellationToken);
        var target = parent?.Key ?? Guid.Empty;
        if (target != node.ParentKey)
        {
            node.SortOrder = await writer.NextSortOrderAsync(target, cancellationToken);
        }

        Reparent(node, parent, descendants);
        foreach (var item in descendants.Append(node))
        {
            item.Trashed = false;
        }

        node.TrashedParentKey = null;
        writer.Audit(key, AuditActions.Restore, user, node.VersionNumber);
        var keys = Keys(node, descendants);
        writer.Notify(keys);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await writer.RefreshAsync(keys, cancellationToken);
        return new MediaResult(MediaResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>Deletes an item of the recycle bin for good, with its files. Content still using it must be confirmed.</summary>
    public async Task<MediaResult> DeleteAsync(Guid key, ContentUser user, bool confirmUsed = false, CancellationToken cancellationToken = default)
    {
        if (!user.CanManageMedia())
        {
            return MediaResult.Forbidden(key);
        }

        var node = await writer.FindAsync(key, cancellationToken);
        if (node is null)
        {
            return MediaResult.NotFound(key);
        }

        if (!node.Trashed)
        {
            return MediaResult.Refused(key, $"\"{node.Name}\" is not in the recycle bin: move it there first.");
        }

        var db = writer.Db;
        var descendants = await writer.DescendantsAsync(node, cancellationToken);
        var keys = Keys(node, descendants);
        if (await InUseAsync(node, keys, confirmUsed, "deleted", cancellationToken) is { } inUse)
        {
            return inUse;
        }

        var ids = descendants.Append(node).Select(n => n.Id).ToList();
        var files = (await db.Versions.Where(v => ids.Contains(v.NodeId)).Select(v => v.Values).ToListAsync(cancellationToken))
            .Select(v => MediaFilePath(Core.Content.PropertyValuesJson.Deserialize(v).Get(MediaConventions.FileProperty)))
            .OfType<string>().Distinct().ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Nodes.RemoveRange(descendants.Append(node));
            writer.Audit(key, AuditActions.Delete, user, node.VersionNumber, $"Deleted \"{node.Name}\"{(descendants.Count > 0 ? $" and {descendants.Count} items in it" : "")}");
            writer.Notify(keys);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Files go after the commit: a failed delete of rows must not leave items whose files are gone.
        foreach (var file in files)
        {
            await store.DeleteAsync(file, cancellationToken);
        }

        foreach (var item in keys)
        {
            processedImages.Remove(item);
        }

        await writer.RefreshAsync(keys, cancellationToken);
        return new MediaResult(MediaResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>The store path of a media file from its <c>umbracoFile</c> value (<c>/media/abcd1234/a.jpg</c> → <c>abcd1234/a.jpg</c>).</summary>
    public static string? MediaFilePath(string? umbracoFile) =>
        ImageCropperConverter.Parse(umbracoFile)?.Src is { } src && src.StartsWith(MediaPaths.UrlPrefix, StringComparison.OrdinalIgnoreCase)
            ? src[MediaPaths.UrlPrefix.Length..]
            : null;

    private async Task<MediaResult?> InUseAsync(ContentNode node, List<Guid> keys, bool confirmed, string action, CancellationToken cancellationToken)
    {
        var used = await usage.FindAsync(keys, cancellationToken);
        return used.Count == 0 || confirmed ? null : new MediaResult(MediaResultStatus.InUse, node.Key, node.VersionNumber, [],
            $"\"{node.Name}\" is used by {string.Join(", ", used.Select(u => $"\"{u.ContentName}\"").Distinct())}. " +
            $"Pages that use it will show no image once it is {action}. Confirm to go ahead.", used);
    }

    private static void Reparent(ContentNode node, ContentNode? parent, List<ContentNode> descendants)
    {
        var oldPath = node.Path;
        var levelChange = (parent?.Level ?? 0) + 1 - node.Level;
        node.ParentKey = parent?.Key ?? Guid.Empty;
        node.Level += levelChange;
        node.Path = (parent?.Path ?? "-1") + "," + node.Id;
        foreach (var child in descendants)
        {
            child.Path = node.Path + child.Path[oldPath.Length..];
            child.Level += levelChange;
        }
    }

    private static List<Guid> Keys(ContentNode node, List<ContentNode> descendants) => [node.Key, .. descendants.Select(d => d.Key)];
}
