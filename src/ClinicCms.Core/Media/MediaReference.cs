namespace ClinicCms.Core.Media;

/// <summary>A media item a value points at, and where: a property alias, or <c>sections[2].image</c> inside a block.</summary>
public sealed record MediaReference(Guid MediaKey, string Path);
