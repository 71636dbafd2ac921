namespace ClinicCms.Core.Schema;

/// <summary>Which uSync handler a content type belongs to; each has its own root element and folder.</summary>
public enum ContentTypeKind
{
    Document,
    Media,
    Member,
}
