using System.Collections.Frozen;

namespace ClinicCms.Web.Features.BackOffice.Shared;

/// <summary>
/// The document type icons (Umbraco's icon names, such as <c>icon-article color-blue</c>) as inline SVG paths, so the
/// tree and the workspace need no icon requests at all.
/// </summary>
public static class BackOfficeIcons
{
    private const string Document = "M6 2h9l5 5v15H6z M14 2v6h6";

    private static readonly FrozenDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["icon-document"] = Document,
        ["icon-article"] = "M5 3h14v18H5z M8 7h8 M8 11h8 M8 15h5",
        ["icon-documents"] = "M8 2h9l4 4v13H8z M16 2v5h5 M5 6v16h12",
        ["icon-home"] = "M3 11l9-8 9 8 M5 10v11h5v-6h4v6h5V10",
        ["icon-users"] = "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M2 21c0-4 3-7 7-7s7 3 7 7 M16 3a4 4 0 0 1 0 8 M18 14c2.5 1 4 3.5 4 7",
        ["icon-user"] = "M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10z M3 22c0-5 4-8 9-8s9 3 9 8",
        ["icon-settings"] = "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M19 12l2-1-1-3-2 0-1-2 1-2-3-1-1 2h-2L11 3 8 4l1 2-1 2H6L5 11l2 1v0l-2 1 1 3h2l1 2-1 2 3 1 1-2h2l1 2 3-1-1-2 1-2h2l1-3z",
        ["icon-medicine"] = "M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z",
        ["icon-search"] = "M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14z M15 15l6 6",
        ["icon-notepad"] = "M6 3h12v18H6z M9 3v3 M15 3v3 M9 10h6 M9 14h6",
        ["icon-folder"] = "M3 6h6l2 2h10v12H3z",
        ["icon-picture"] = "M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15 9a1 1 0 1 0 0-.1",
        ["icon-trash"] = "M4 7h16 M9 7V4h6v3 M6 7l1 14h10l1-14",
        ["icon-sync"] = "M4 12a8 8 0 0 1 14-5.3 M18 3v4h-4 M20 12a8 8 0 0 1-14 5.3 M6 21v-4h4",
    }.ToFrozenDictionary();

    /// <summary>The SVG path of an icon name (the colour part is ignored here), falling back to a plain document.</summary>
    public static string PathOf(string? icon) =>
        icon?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } name && Paths.TryGetValue(name, out var path) ? path : Document;

    /// <summary>Umbraco's colour class (<c>color-blue</c>), for the stylesheet.</summary>
    public static string ColorOf(string? icon) =>
        icon?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(p => p.StartsWith("color-", StringComparison.Ordinal)) ?? "color-default";
}
