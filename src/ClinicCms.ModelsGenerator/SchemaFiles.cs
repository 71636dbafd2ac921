using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ClinicCms.ModelsGenerator;

/// <summary>A content, element or media type as the generator needs it, read from its uSync file.</summary>
internal sealed class ModelType
{
    public ModelType(string key, string alias, string name, string? description, bool isElement, bool isMedia, IReadOnlyList<string> compositionKeys, IReadOnlyList<ModelProperty> properties, string path)
    {
        Key = key;
        Alias = alias;
        Name = name;
        Description = description;
        IsElement = isElement;
        IsMedia = isMedia;
        CompositionKeys = compositionKeys;
        Properties = properties;
        Path = path;
    }

    public string Key { get; }
    public string Alias { get; }
    public string Name { get; }
    public string? Description { get; }
    public bool IsElement { get; }
    public bool IsMedia { get; }
    public IReadOnlyList<string> CompositionKeys { get; }
    public IReadOnlyList<ModelProperty> Properties { get; }
    public string Path { get; }
    public string ClassName => Names.Pascal(Alias);
}

internal sealed class ModelProperty
{
    public ModelProperty(string alias, string name, string? description, string dataTypeKey, string editorAlias, int sortOrder)
    {
        Alias = alias;
        Name = name;
        Description = description;
        DataTypeKey = dataTypeKey;
        EditorAlias = editorAlias;
        SortOrder = sortOrder;
    }

    public string Alias { get; }
    public string Name { get; }
    public string? Description { get; }
    public string DataTypeKey { get; }
    public string EditorAlias { get; }
    public int SortOrder { get; }
}

/// <summary>The data-type settings that decide a property's model type (single or many, which element or document type).</summary>
internal sealed class ModelDataType
{
    private static readonly Regex GuidPattern = new("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.Compiled);

    public ModelDataType(string key, string editorAlias, string config)
    {
        Key = key;
        EditorAlias = editorAlias;
        MaxNumber = Number(config, "maxNumber");
        Multiple = Regex.IsMatch(config, "\"multiple\"\\s*:\\s*true", RegexOptions.IgnoreCase);
        Filter = Regex.Match(config, "\"filter\"\\s*:\\s*\"(?<v>[^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } f
            ? GuidPattern.Matches(f.Groups["v"].Value).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList()
            : new List<string>();
        BlockElementKeys = Regex.Matches(config, "\"contentElementTypeKey\"\\s*:\\s*\"(?<v>[^\"]+)\"", RegexOptions.IgnoreCase)
            .Cast<Match>().Select(m => m.Groups["v"].Value.ToLowerInvariant()).Distinct().ToList();
    }

    public string Key { get; }
    public string EditorAlias { get; }
    public int? MaxNumber { get; }
    public bool Multiple { get; }
    public IReadOnlyList<string> Filter { get; }
    public IReadOnlyList<string> BlockElementKeys { get; }

    private static int? Number(string config, string name) =>
        Regex.Match(config, "\"" + name + "\"\\s*:\\s*(?<v>-?[0-9]+)", RegexOptions.IgnoreCase) is { Success: true } m ? int.Parse(m.Groups["v"].Value) : (int?)null;
}

/// <summary>Reads the uSync files the generator is given.</summary>
internal static class SchemaFiles
{
    public static ModelType? ReadType(string path, XElement root)
    {
        var isMedia = root.Name.LocalName == "MediaType";
        if (root.Name.LocalName != "ContentType" && !isMedia)
        {
            return null;
        }

        var info = root.Element("Info");
        var alias = (string?)root.Attribute("Alias") ?? string.Empty;
        var properties = root.Element("GenericProperties")?.Elements("GenericProperty")
            .Select(p => new ModelProperty(
                Text(p, "Alias"),
                Text(p, "Name"),
                NullIfEmpty(Text(p, "Description")),
                Text(p, "Definition").ToLowerInvariant(),
                Text(p, "Type"),
                int.TryParse(Text(p, "SortOrder"), out var order) ? order : 0))
            .Where(p => p.Alias.Length > 0)
            .ToList() ?? new List<ModelProperty>();

        return new ModelType(
            ((string?)root.Attribute("Key") ?? string.Empty).ToLowerInvariant(),
            alias,
            info is null ? alias : NullIfEmpty(Text(info, "Name")) ?? alias,
            info is null ? null : NullIfEmpty(Text(info, "Description")),
            info is not null && string.Equals(Text(info, "IsElement"), "true", StringComparison.OrdinalIgnoreCase),
            isMedia,
            info?.Element("Compositions")?.Elements("Composition").Select(c => ((string?)c.Attribute("Key") ?? string.Empty).ToLowerInvariant()).ToList() ?? new List<string>(),
            properties,
            path);
    }

    public static ModelDataType? ReadDataType(XElement root)
    {
        if (root.Name.LocalName != "DataType")
        {
            return null;
        }

        var info = root.Element("Info");
        return new ModelDataType(
            ((string?)root.Attribute("Key") ?? string.Empty).ToLowerInvariant(),
            info is null ? string.Empty : Text(info, "EditorAlias"),
            root.Element("Config")?.Value ?? "{}");
    }

    private static string Text(XElement parent, string name) => parent.Element(name)?.Value.Trim() ?? string.Empty;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
