using ClinicCms.Core.Content;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.USync;

/// <summary>
/// Checks that a set of uSync files hangs together before anything is applied: no duplicate keys, no item both
/// deleted and live, and every structural reference (compositions, allowed children, data types, templates, parents)
/// resolving to an item in the files or already in the site. Values that point at missing nodes or element types
/// (a picker whose node was deleted) are warnings: Umbraco and uSync keep such values, and so do we.
/// </summary>
public sealed class USyncSetValidator(USyncSet set, SchemaRegistry existing, IReadOnlySet<Guid> existingNodeKeys)
{
    private readonly List<USyncProblem> _problems = [];

    public static IReadOnlyList<USyncProblem> Validate(USyncSet set, SchemaRegistry? existing = null, IReadOnlySet<Guid>? existingNodeKeys = null)
    {
        var validator = new USyncSetValidator(set, existing ?? SchemaRegistry.Empty, existingNodeKeys ?? new HashSet<Guid>());
        validator.Run();
        return validator._problems;
    }

    private void Run()
    {
        CheckDuplicates(USyncItemType.DataType, set.DataTypes, d => d.Key);
        CheckDuplicates(USyncItemType.Template, set.Templates, t => t.Key);
        CheckDuplicates(USyncItemType.ContentType, set.ContentTypes, t => t.Key);
        CheckDuplicates(USyncItemType.MediaType, set.MediaTypes, t => t.Key);
        CheckDuplicates(USyncItemType.MemberType, set.MemberTypes, t => t.Key);
        CheckDuplicates(USyncItemType.Language, set.Languages, l => l.Key);
        CheckDuplicates(USyncItemType.Dictionary, set.Dictionary, d => d.Key);
        CheckDuplicates(USyncItemType.Content, set.Content, c => c.Key);
        CheckDuplicates(USyncItemType.Media, set.Media, c => c.Key);
        CheckDuplicates(USyncItemType.Domain, set.Domains, d => d.Key);
        CheckDuplicates(USyncItemType.RelationType, set.RelationTypes, r => r.Key);

        CheckAliases(set.AllContentTypes, t => t.Key, t => $"{t.Kind} type", t => t.Alias);
        CheckAliases(set.Templates, t => t.Key, _ => "template", t => t.Alias);
        CheckAliases(set.Languages, l => l.Key, _ => "language", l => l.IsoCode);

        var schema = set.ToRegistry(existing);
        foreach (var dataType in set.DataTypes)
        {
            CheckDataType(dataType);
        }

        foreach (var template in set.Templates)
        {
            if (template.Item.ParentAlias is { } parent && schema.Template(parent) is null)
            {
                Error(template.At("Parent"), $"template \"{template.Item.Alias}\" has the master template \"{parent}\", which does not exist");
            }
        }

        foreach (var type in set.AllContentTypes)
        {
            CheckContentType(type, schema);
        }

        var nodeKeys = new HashSet<Guid>(existingNodeKeys);
        nodeKeys.UnionWith(set.Content.Concat(set.Media).Select(c => c.Item.Key));
        foreach (var item in set.Content.Concat(set.Media))
        {
            CheckContentItem(item, schema, nodeKeys);
        }
    }

    private void CheckDuplicates<T>(USyncItemType type, List<USyncEntry<T>> entries, Func<T, Guid> key)
    {
        foreach (var group in entries.GroupBy(e => key(e.Item)).Where(g => g.Count() > 1))
        {
            var files = group.Select(e => e.Source.File).ToList();
            foreach (var entry in group)
            {
                Error(entry.Source, $"duplicate Key {group.Key}: {string.Join(" and ", files)} both define it");
            }
        }

        var live = entries.ToLookup(e => key(e.Item));
        foreach (var marker in set.Empties.Where(m => m.Type == type && m.Marker.Change == EmptyChange.Delete))
        {
            foreach (var entry in live[marker.Marker.Key])
            {
                Error(marker.Source, $"Key {marker.Marker.Key} is marked for delete here but is also imported from {entry.Source.File}; remove one of the two");
            }
        }
    }

    // Two files with different keys and one alias would be two items uSync cannot tell apart.
    private void CheckAliases<T>(IEnumerable<USyncEntry<T>> entries, Func<T, Guid> key, Func<T, string> kind, Func<T, string> alias)
    {
        var groups = entries.GroupBy(e => $"{kind(e.Item)} \"{alias(e.Item)}\"", StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups.Where(g => g.Select(e => key(e.Item)).Distinct().Count() > 1))
        {
            var files = string.Join(" and ", group.Select(e => e.Source.File));
            foreach (var entry in group)
            {
                Error(entry.Source, $"duplicate {group.Key}: {files} both define it, with different keys");
            }
        }
    }

    private void CheckDataType(USyncEntry<DataTypeDefinition> entry)
    {
        if (!KnownEditors.IsKnown(entry.Item.EditorAlias))
        {
            Warning(entry.At("Info/EditorAlias"), $"\"{entry.Item.Name}\" uses the property editor {entry.Item.EditorAlias}, which ClinicCms does not know; its values are kept as they are");
        }

        try
        {
            _ = entry.Item.ParseConfig();
        }
        catch (System.Text.Json.JsonException e)
        {
            Error(entry.At("Config"), $"the configuration of \"{entry.Item.Name}\" is not valid JSON: {e.Message}");
        }
    }

    private void CheckContentType(USyncEntry<ContentTypeDefinition> entry, SchemaRegistry schema)
    {
        var type = entry.Item;
        for (var i = 0; i < type.Compositions.Count; i++)
        {
            var composition = type.Compositions[i];
            if (schema.ContentType(composition.Key) is null)
            {
                Error(entry.At(LineMap.Path("Info/Compositions", "Composition", i)), $"\"{type.Alias}\" is composed of \"{composition.Alias}\" ({composition.Key}), which does not exist");
            }
        }

        if (type.Parent is { } parent && schema.ContentType(parent.Key) is null)
        {
            Error(entry.At("Info/Parent"), $"\"{type.Alias}\" has the parent type \"{parent.Alias}\" ({parent.Key}), which does not exist");
        }

        if (CompositionCycle(type, schema) is { } cycle)
        {
            Error(entry.At("Info/Compositions"), $"\"{type.Alias}\" is composed of itself: {cycle}");
        }

        var childElement = type.Kind == ContentTypeKind.Media ? "MediaType" : "ContentType";
        for (var i = 0; i < type.AllowedChildren.Count; i++)
        {
            var child = type.AllowedChildren[i];
            if (schema.ContentType(child.Key) is null)
            {
                Error(entry.At(LineMap.Path("Structure", childElement, i)), $"\"{type.Alias}\" allows the child type \"{child.Alias}\" ({child.Key}), which does not exist");
            }
        }

        if (type.DefaultTemplate is { } template && schema.Template(template) is null)
        {
            Error(entry.At("Info/DefaultTemplate"), $"\"{type.Alias}\" has the default template \"{template}\", which does not exist");
        }

        for (var i = 0; i < type.AllowedTemplates.Count; i++)
        {
            var allowed = type.AllowedTemplates[i];
            if (schema.Template(allowed.Key) is null && schema.Template(allowed.Alias) is null)
            {
                Error(entry.At(LineMap.Path("Info/AllowedTemplates", "Template", i)), $"\"{type.Alias}\" allows the template \"{allowed.Alias}\" ({allowed.Key}), which does not exist");
            }
        }

        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var path = LineMap.Path("GenericProperties", "GenericProperty", i);
            var dataType = schema.DataType(property.DataTypeKey);
            if (dataType is null)
            {
                Error(entry.At(path + "/Definition"), $"property \"{property.Alias}\" of \"{type.Alias}\" uses the data type {property.DataTypeKey}, which does not exist");
            }
            else if (!string.Equals(dataType.EditorAlias, property.EditorAlias, StringComparison.OrdinalIgnoreCase))
            {
                Warning(entry.At(path + "/Type"), $"property \"{property.Alias}\" of \"{type.Alias}\" says its editor is {property.EditorAlias} but its data type \"{dataType.Name}\" uses {dataType.EditorAlias}; the data type wins");
            }
        }
    }

    private static string? CompositionCycle(ContentTypeDefinition type, SchemaRegistry schema)
    {
        var path = new List<string>();
        return Visit(type, []) ? string.Join(" > ", path) : null;

        bool Visit(ContentTypeDefinition current, HashSet<Guid> onPath)
        {
            path.Add(current.Alias);
            if (!onPath.Add(current.Key))
            {
                return true;
            }

            foreach (var reference in current.Compositions)
            {
                if (schema.ContentType(reference.Key) is { } next && Visit(next, onPath))
                {
                    return true;
                }
            }

            onPath.Remove(current.Key);
            path.RemoveAt(path.Count - 1);
            return false;
        }
    }

    private void CheckContentItem(USyncEntry<ContentItem> entry, SchemaRegistry schema, HashSet<Guid> nodeKeys)
    {
        var item = entry.Item;
        var type = item.Kind == ContentItemKind.Media ? schema.MediaType(item.ContentTypeAlias) : schema.DocumentType(item.ContentTypeAlias);
        if (type is null)
        {
            Error(entry.At("Info/ContentType"), $"\"{item.Name}\" is of type \"{item.ContentTypeAlias}\", which does not exist");
            return;
        }

        if (item.ParentKey != Guid.Empty && !nodeKeys.Contains(item.ParentKey))
        {
            // A node in the recycle bin may name a parent that is gone; Umbraco keeps it in the bin all the same.
            Problem(!item.Trashed, entry.At("Info/Parent"), $"\"{item.Name}\" has the parent {item.ParentName} ({item.ParentKey}), which does not exist");
        }

        if (item.Template is { } template && schema.Template(template.Key) is null && schema.Template(template.Alias) is null)
        {
            Error(entry.At("Info/Template"), $"\"{item.Name}\" uses the template \"{template.Alias}\", which does not exist");
        }

        var composed = schema.Compose(type);
        foreach (var (alias, values) in item.Properties)
        {
            if (composed.Property(alias) is not { } property)
            {
                Warning(entry.At("Properties/" + alias), $"\"{item.Name}\" has a value for \"{alias}\", which its type \"{type.Alias}\" does not define; the value is kept");
                continue;
            }

            foreach (var value in values)
            {
                CheckReferences(entry, item.Name, property, value.Value, schema, nodeKeys, "Properties/" + alias);
            }
        }
    }

    private void CheckReferences(USyncEntry<ContentItem> entry, string nodeName, ComposedProperty property, string text, SchemaRegistry schema, HashSet<Guid> nodeKeys, string linePath)
    {
        if (text.Length == 0)
        {
            return;
        }

        switch (property.EditorAlias)
        {
            case Aliases.ContentPicker or Aliases.MultiNodeTreePicker:
                foreach (var udi in UdiValue.ParseList(text).Where(u => !nodeKeys.Contains(u.Guid)))
                {
                    Warning(entry.At(linePath), $"\"{nodeName}\" property \"{property.Alias}\" picks {udi}, which does not exist; the value is kept");
                }

                break;
            case Aliases.MediaPicker3:
                foreach (var media in MediaPickerValue.Parse(text).Where(m => !nodeKeys.Contains(m.MediaKey)))
                {
                    Warning(entry.At(linePath), $"\"{nodeName}\" property \"{property.Alias}\" picks the media item {media.MediaKey}, which does not exist; the value is kept");
                }

                break;
            case Aliases.BlockList:
                var value = BlockListValue.Parse(text);
                foreach (var block in value.ContentData.Concat(value.SettingsData))
                {
                    if (schema.ContentType(block.ContentTypeKey) is not { } elementType)
                    {
                        Warning(entry.At(linePath), $"\"{nodeName}\" property \"{property.Alias}\" has a block of element type {block.ContentTypeKey}, which does not exist; the value is kept");
                        continue;
                    }

                    var composed = schema.Compose(elementType);
                    foreach (var (alias, values) in block.Values)
                    {
                        if (composed.Property(alias) is { } inner)
                        {
                            foreach (var v in values)
                            {
                                CheckReferences(entry, nodeName, inner, v.Value, schema, nodeKeys, linePath);
                            }
                        }
                    }
                }

                break;
        }
    }

    private void Error(SourceLocation location, string message) => _problems.Add(USyncProblem.Error(location, message));

    private void Warning(SourceLocation location, string message) => _problems.Add(USyncProblem.Warning(location, message));

    private void Problem(bool isError, SourceLocation location, string message)
    {
        if (isError)
        {
            Error(location, message);
        }
        else
        {
            Warning(location, message);
        }
    }
}
