namespace ClinicCms.Core.Published;

public enum LinkType
{
    Content,
    Media,
    External,
}

/// <summary>A resolved Multi URL Picker link.</summary>
public sealed record Link(string Name, string Url, string? Target, LinkType Type, IPublishedContent? Content);
