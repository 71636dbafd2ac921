namespace ClinicCms.Core.Content;

/// <summary>The two kinds of tree item: documents (content) and media.</summary>
public enum ContentItemKind
{
    Content,
    Media,
}
