using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using ClinicCms.Core.Validation;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Content.Editors;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>
/// Builds the document workspace from a fixed, small number of queries (node, latest version, tree levels, history,
/// versions, picker items, picked media), whatever the size of the tree or the media library.
/// </summary>
public sealed class EditorPageBuilder(CmsDbContext db, SchemaService schema, ContentTreeQueries tree, PublishedSnapshotService snapshots, Web.Features.Media.MediaQueryService media)
{
    private const int PickerLimit = 500;

    public async Task<DocumentEditorView?> LoadAsync(Guid key, ContentUser user, IReadOnlyList<ValidationProblem>? problems = null, CancellationToken cancellationToken = default)
    {
        var registry = schema.Current;
        var node = await db.Nodes.SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Content, cancellationToken);
        if (node is null || registry.ComposeDocumentType(node.ContentTypeAlias) is not { } type)
        {
            return null;
        }

        var version = await db.Versions.SingleAsync(v => v.NodeId == node.Id && v.Number == node.VersionNumber, cancellationToken);
        var values = PropertyValuesJson.Deserialize(version.Values);
        var versions = await db.Versions.Where(v => v.NodeId == node.Id).OrderByDescending(v => v.Number).Take(50)
            .Select(v => new VersionRow(v.Number, v.Name, v.Date, v.UserName, v.WasPublished, v.Id == node.PublishedVersionId))
            .ToListAsync(cancellationToken);
        var history = await db.Audit.Where(a => a.NodeKey == key).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);

        return new DocumentEditorView
        {
            Key = key,
            Id = node.Id,
            ParentKey = node.ParentKey,
            Type = type,
            Name = node.Name,
            Version = node.VersionNumber,
            State = ContentTreeQueries.StateOf(node.PublishedVersionId is not null, node.Edited, node.Trashed),
            PublicUrl = snapshots.Current.Content(key)?.Url,
            Values = values,
            Context = await ContextAsync(type, values, problems ?? [], cancellationToken),
            User = user,
            Tree = await tree.TreeAsync(key, cancellationToken),
            Ancestors = await tree.AncestorsAsync(node.Path, cancellationToken),
            History = history,
            Versions = versions,
            CreateDate = node.CreateDate,
            UpdateDate = node.UpdateDate,
            CreatorName = node.CreatorName,
            TemplateName = node.TemplateKey is { } t ? registry.Template(t)?.Name : null,
        };
    }

    public async Task<DocumentEditorView?> NewAsync(Guid parentKey, string typeAlias, ContentUser user, CancellationToken cancellationToken = default)
    {
        var registry = schema.Current;
        var parentAlias = parentKey == Guid.Empty ? null
            : await db.Nodes.Where(n => n.Key == parentKey && !n.Trashed).Select(n => n.ContentTypeAlias).SingleOrDefaultAsync(cancellationToken);
        if ((parentKey != Guid.Empty && parentAlias is null)
            || !registry.AllowedChildren(parentAlias).Any(t => t.Alias.Equals(typeAlias, StringComparison.OrdinalIgnoreCase))
            || registry.ComposeDocumentType(typeAlias) is not { } type)
        {
            return null;
        }

        return new DocumentEditorView
        {
            ParentKey = parentKey,
            Type = type,
            Name = "",
            Values = PropertyValues.Empty,
            Context = await ContextAsync(type, PropertyValues.Empty, [], cancellationToken),
            User = user,
            Tree = await tree.TreeAsync(parentKey == Guid.Empty ? null : parentKey, cancellationToken),
            Ancestors = parentKey == Guid.Empty ? [] : await tree.AncestorsAsync(
                await db.Nodes.Where(n => n.Key == parentKey).Select(n => n.Path).SingleAsync(cancellationToken), cancellationToken),
        };
    }

    /// <summary>The same workspace showing what the editor posted instead of what is saved.</summary>
    public async Task<DocumentEditorView> WithPostedAsync(DocumentEditorView view, string name, PropertyValues values, IReadOnlyList<ValidationProblem> problems, int formVersion, CancellationToken cancellationToken = default) =>
        new()
        {
            Key = view.Key, Id = view.Id, ParentKey = view.ParentKey, Type = view.Type, Name = name, Version = formVersion,
            State = view.State, PublicUrl = view.PublicUrl, Values = values, User = view.User, Tree = view.Tree,
            Ancestors = view.Ancestors, History = view.History, Versions = view.Versions, CreateDate = view.CreateDate,
            UpdateDate = view.UpdateDate, CreatorName = view.CreatorName, TemplateName = view.TemplateName,
            Context = await ContextAsync(view.Type, values, problems, cancellationToken),
            Unsaved = true,
        };

    private async Task<EditorContext> ContextAsync(ComposedContentType type, PropertyValues values, IReadOnlyList<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var registry = schema.Current;
        var pickers = PickerProperties(type, registry, []).ToList();
        if (pickers.Count == 0)
        {
            return new EditorContext(registry, problems, PickerOptions.None);
        }

        var documentPickers = pickers.Where(p => p.EditorAlias is Aliases.ContentPicker or Aliases.MultiNodeTreePicker or Aliases.MultiUrlPicker).ToList();
        var filters = documentPickers.Select(p => PickerOptions.FilterAliases(p.DataType.ParseConfig(), registry)).ToList();
        var anyType = filters.Any(f => f.Count == 0);
        var aliases = filters.SelectMany(f => f).Distinct().ToList();
        var chosen = ChosenKeys(values);

        var documents = documentPickers.Count == 0 ? [] : await db.Nodes
            .Where(n => n.Kind == ContentItemKind.Content && !n.Trashed && (anyType || aliases.Contains(n.ContentTypeAlias) || chosen.Contains(n.Key)))
            .OrderBy(n => n.Name).Take(PickerLimit)
            .Select(n => new PickerItem(n.Key, n.Name, n.ContentTypeAlias, null))
            .ToListAsync(cancellationToken);
        // Only what the media pickers hold (in blocks too): the picker's dialog browses the library itself.
        var picked = !pickers.Any(p => p.EditorAlias == Aliases.MediaPicker3) ? [] : await media.ItemsAsync(
            [.. Core.Media.MediaReferenceFinder.Find(registry, type, values).Select(r => r.MediaKey).Distinct()], cancellationToken);
        return new EditorContext(registry, problems, new PickerOptions(documents, picked));
    }

    // Pickers of the type and, through its Block Lists, of the element types it can hold.
    private static IEnumerable<ComposedProperty> PickerProperties(ComposedContentType type, SchemaRegistry registry, HashSet<Guid> seen)
    {
        if (!seen.Add(type.Definition.Key))
        {
            yield break;
        }

        foreach (var property in type.Properties)
        {
            if (property.EditorAlias is Aliases.ContentPicker or Aliases.MultiNodeTreePicker or Aliases.MultiUrlPicker or Aliases.MediaPicker3)
            {
                yield return property;
            }
            else if (property.EditorAlias == Aliases.BlockList)
            {
                var blockTypes = (property.DataType.ParseConfig().Get("blocks") as System.Text.Json.Nodes.JsonArray ?? [])
                    .OfType<System.Text.Json.Nodes.JsonObject>()
                    .Select(b => b.GetGuid("contentElementTypeKey")).OfType<Guid>()
                    .Select(registry.ContentType).OfType<ContentTypeDefinition>();
                foreach (var nested in blockTypes.SelectMany(t => PickerProperties(registry.Compose(t), registry, seen)))
                {
                    yield return nested;
                }
            }
        }
    }

    private static List<Guid> ChosenKeys(PropertyValues values) =>
        [.. values.SelectMany(v => v.Value).SelectMany(v => UdiValue.IsUdiList(v.Value) ? UdiValue.ParseList(v.Value).Select(u => u.Guid) : [])];
}
