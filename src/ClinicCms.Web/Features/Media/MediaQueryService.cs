using System.Globalization;
using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Core.Published.Converters;
using ClinicCms.Core.Validation;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Media.Rendering;
using ClinicCms.Web.Features.Media.Uploads;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// The media library's read side for the back office: a folder's items (paged), the recycle bin, search by name
/// and one item's details. Reads the database (the back office sees trashed items too), never the public snapshot.
/// </summary>
public sealed class MediaQueryService(CmsDbContext db, SchemaService schema, MediaUsageService usage, IOptions<MediaOptions> options)
{
    public const int MaxTake = 200;

    /// <summary>The items in a folder (<see cref="Guid.Empty"/> for the root), folders first, then in sort order.</summary>
    public Task<MediaPage> ListAsync(Guid parentKey, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        PageAsync(db.Nodes.Where(n => n.Kind == ContentItemKind.Media && n.ParentKey == parentKey && !n.Trashed), skip, take, cancellationToken);

    /// <summary>What was moved to the recycle bin (not what is inside trashed folders).</summary>
    public Task<MediaPage> RecycleBinAsync(int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        PageAsync(db.Nodes.Where(n => n.Kind == ContentItemKind.Media && n.Trashed && n.TrashedParentKey != null), skip, take, cancellationToken);

    /// <summary>Media outside the recycle bin whose name contains the words, ignoring case.</summary>
    public Task<MediaPage> SearchAsync(string query, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        var pattern = "%" + query.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        return PageAsync(db.Nodes.Where(n => n.Kind == ContentItemKind.Media && !n.Trashed && EF.Functions.Like(n.Name.ToLower(), pattern, "\\")), skip, take, cancellationToken);
    }

    /// <summary>Given media items, in any order, trashed ones included (a picker shows what it holds): one query.</summary>
    public async Task<IReadOnlyList<MediaItem>> ItemsAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var rows = await db.Nodes.Where(n => n.Kind == ContentItemKind.Media && keys.Contains(n.Key))
            .Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, v.Values })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => ToItem(r.Node, PropertyValuesJson.Deserialize(r.Values)))];
    }

    public async Task<MediaDetail?> DetailAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Media, cancellationToken);
        if (node is null)
        {
            return null;
        }

        var values = await db.Versions.Where(v => v.Id == node.DraftVersionId).Select(v => v.Values).SingleAsync(cancellationToken);
        var item = ToItem(node, PropertyValuesJson.Deserialize(values));
        var ancestorIds = node.Path.Split(',').Skip(1).SkipLast(1).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var ancestors = (await db.Nodes.Where(n => ancestorIds.Contains(n.Id)).Select(n => new { n.Id, n.Key, n.Name }).ToListAsync(cancellationToken))
            .OrderBy(a => ancestorIds.IndexOf(a.Id)).Select(a => new MediaAncestor(a.Key, a.Name)).ToList();
        var crops = item.Url is null || !IsRaster(item) ? [] : ImageCropDefinition.For(schema.Current, node.ContentTypeAlias)
            .Select(c => new MediaCrop(c.Alias, c.Label, c.Width, c.Height, MediaUrls.Crop(item.Url, c.Alias, Math.Min(c.Width, DefaultWidth), null, MediaUrls.Version(FileValue(values)))))
            .ToList();
        return new MediaDetail(item, ancestors, crops, await usage.FindAsync([key], cancellationToken));
    }

    private int DefaultWidth => options.Value.AllowedSizes.Where(s => s <= 800).DefaultIfEmpty(options.Value.AllowedSizes.Min()).Max();

    private async Task<MediaPage> PageAsync(IQueryable<ContentNode> nodes, int skip, int take, CancellationToken cancellationToken)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxTake);
        var total = await nodes.CountAsync(cancellationToken);
        var page = await nodes
            .OrderBy(n => n.ContentTypeAlias == MediaConventions.Folder ? 0 : 1).ThenBy(n => n.SortOrder).ThenBy(n => n.Id)
            .Skip(skip).Take(take)
            .Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, v.Values })
            .ToListAsync(cancellationToken);
        return new MediaPage([.. page.Select(p => ToItem(p.Node, PropertyValuesJson.Deserialize(p.Values)))], total, skip, take);
    }

    private MediaItem ToItem(ContentNode node, PropertyValues values)
    {
        var file = ImageCropperConverter.Parse(values.Get(MediaConventions.FileProperty));
        var isImage = node.ContentTypeAlias.Equals(MediaConventions.Image, StringComparison.OrdinalIgnoreCase);
        var extension = values.Get(MediaConventions.Extension);
        var item = new MediaItem(
            node.Key, node.ParentKey, node.Name, node.ContentTypeAlias,
            IsFolder: node.ContentTypeAlias.Equals(MediaConventions.Folder, StringComparison.OrdinalIgnoreCase),
            file?.Src, ThumbnailUrl: null,
            Number(values.Get(MediaConventions.Width)), Number(values.Get(MediaConventions.Height)),
            long.TryParse(values.Get(MediaConventions.Bytes), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : null,
            extension, ImageAltTextRule.AltText(values), ImageAltTextRule.IsDecorative(values),
            NeedsAltText: isImage && !ImageAltTextRule.IsSatisfied(values),
            file?.FocalPoint, node.Trashed, node.SortOrder, node.VersionNumber, node.UpdateDate);
        return item with { ThumbnailUrl = Thumbnail(item, values) };
    }

    private string? Thumbnail(MediaItem item, PropertyValues values) => item switch
    {
        { Trashed: true } or { Url: null } => null,
        _ when IsRaster(item) => MediaUrls.Thumbnail(item.Url, options.Value.ThumbnailSize(), MediaUrls.Version(values.Get(MediaConventions.FileProperty))),
        _ when MediaFileType.ForExtension(item.Extension ?? string.Empty) == MediaFileType.Svg => item.Url,
        _ => null,
    };

    private static bool IsRaster(MediaItem item) => MediaFileType.ForExtension(item.Extension ?? string.Empty)?.IsRasterImage == true;

    private static string? FileValue(string values) => PropertyValuesJson.Deserialize(values).Get(MediaConventions.FileProperty);

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
