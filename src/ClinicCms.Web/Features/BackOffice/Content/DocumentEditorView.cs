using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Content.Editors;
using ClinicCms.Web.Features.Content;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>Everything the document workspace shows: the form, the tree beside it, the node's history and versions.</summary>
public sealed class DocumentEditorView
{
    public Guid? Key { get; init; }
    public Guid ParentKey { get; init; }
    public required ComposedContentType Type { get; init; }
    public required string Name { get; init; }
    public int Version { get; init; }
    public DocumentState State { get; init; }
    public string? PublicUrl { get; init; }
    public required PropertyValues Values { get; init; }
    public required EditorContext Context { get; init; }
    public required ContentUser User { get; init; }
    public IReadOnlyList<TreeNodeView> Tree { get; init; } = [];
    public IReadOnlyList<(Guid Key, string Name)> Ancestors { get; init; } = [];
    public IReadOnlyList<AuditEntry> History { get; init; } = [];
    public IReadOnlyList<VersionRow> Versions { get; init; } = [];
    public DateTime? CreateDate { get; init; }
    public DateTime? UpdateDate { get; init; }
    public string? CreatorName { get; init; }
    public string? TemplateName { get; init; }
    public int? Id { get; init; }

    /// <summary>A message at the top of the workspace after an action.</summary>
    public Notice? Notice { get; set; }

    /// <summary>Set when a save was refused because someone else saved first.</summary>
    public StaleConflict? Conflict { get; set; }

    /// <summary>The form shows values that are not saved (after a refused save, or a Block List change without JavaScript).</summary>
    public bool Unsaved { get; set; }

    public bool IsNew => Key is null;

    public IReadOnlyList<EditorTab> Tabs => EditorLayout.For(Type);

    public string? Icon => Type.Definition.Icon;
}

/// <summary>A saved version in the workspace's Info view.</summary>
public sealed record VersionRow(int Number, string Name, DateTime Date, string? UserName, bool WasPublished, bool IsPublished);

/// <summary>A message shown in the workspace; <see cref="Kind"/> is a UUI colour: positive, warning or danger.</summary>
public sealed record Notice(string Kind, string Message, IReadOnlyList<(string Id, string Text)>? Links = null);

/// <summary>Why a save was refused and how the editor's values differ from the newer saved version.</summary>
public sealed record StaleConflict(string Message, int LatestVersion, IReadOnlyList<ValueDifference> Differences);

/// <summary>One property that differs between two versions, as readable text.</summary>
public sealed record ValueDifference(string Property, string Left, string Right);
