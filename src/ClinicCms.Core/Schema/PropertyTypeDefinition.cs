namespace ClinicCms.Core.Schema;

/// <summary>A property defined on a content type (not inherited): uSync's <c>GenericProperty</c>.</summary>
public sealed record PropertyTypeDefinition
{
    public required Guid Key { get; init; }
    public required string Name { get; init; }
    public required string Alias { get; init; }

    /// <summary>The key of the data type that configures the editor.</summary>
    public required Guid DataTypeKey { get; init; }

    /// <summary>The editor alias uSync writes in <c>Type</c>, e.g. <c>Umbraco.TextBox</c>.</summary>
    public required string EditorAlias { get; init; }

    public bool Mandatory { get; init; }
    public string? Validation { get; init; }
    public string? Description { get; init; }
    public int SortOrder { get; init; }

    /// <summary>The alias path of the innermost group holding the property, or null when ungrouped.</summary>
    public string? GroupAlias { get; init; }

    /// <summary>The group name uSync writes as the text of <c>Tab</c>.</summary>
    public string? GroupName { get; init; }

    /// <summary>Null for media types, whose properties do not vary.</summary>
    public ContentVariation? Variations { get; init; }

    public string? MandatoryMessage { get; init; }
    public string? ValidationRegExpMessage { get; init; }
    public bool LabelOnTop { get; init; }

    /// <summary>Member types only.</summary>
    public MemberPropertySettings? Member { get; init; }
}

/// <summary>What a member type adds to a property in place of <c>Variations</c>.</summary>
public sealed record MemberPropertySettings(bool CanEdit, bool CanView, bool IsSensitive);
