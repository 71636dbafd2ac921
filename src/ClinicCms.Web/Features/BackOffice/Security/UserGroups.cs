using System.Security.Claims;
using ClinicCms.Web.Features.Content;

namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// Umbraco's default user groups, the sections they open and what each may do with content. A user's permissions and
/// sections are the union of their groups'. Group names are the role names in the Identity tables.
/// </summary>
public static class UserGroups
{
    public const string Administrators = "Administrators";
    public const string Editors = "Editors";
    public const string Writers = "Writers";

    public static IReadOnlyList<UserGroup> All { get; } =
    [
        new(Administrators, "admin", "Full access to content, media and users.", ContentPermissions.All, BackOfficeSections.All),
        new(Editors, "editor", "Create, edit, publish, unpublish, move, sort and delete content; manage the media library.",
            ContentPermissions.All, BackOfficeSections.Content | BackOfficeSections.Media),
        new(Writers, "writer", "Create and edit drafts, and pick or upload their images; an editor reviews and publishes them.",
            ContentPermissions.Browse | ContentPermissions.Create | ContentPermissions.Update, BackOfficeSections.Content),
    ];

    public static UserGroup? Find(string name) => All.FirstOrDefault(g => g.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static ContentPermissions PermissionsOf(IEnumerable<string> groups) =>
        groups.Select(Find).OfType<UserGroup>().Aggregate(ContentPermissions.None, (all, g) => all | g.Permissions);

    public static BackOfficeSections SectionsOf(IEnumerable<string> groups) =>
        groups.Select(Find).OfType<UserGroup>().Aggregate(BackOfficeSections.None, (all, g) => all | g.Sections);

    /// <summary>The signed-in user as the content and media services see them: name for the history, permissions and sections from their groups.</summary>
    public static ContentUser ToContentUser(this ClaimsPrincipal principal)
    {
        var groups = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new ContentUser(
            int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            principal.FindFirstValue(ClaimTypes.Name) ?? "Unknown user",
            PermissionsOf(groups),
            SectionsOf(groups));
    }

    public static bool IsAdministrator(this ClaimsPrincipal principal) => principal.IsInRole(Administrators);
}

/// <summary>One user group: its name (shown and stored), Umbraco's alias, a description, its content permissions and sections.</summary>
public sealed record UserGroup(string Name, string Alias, string Description, ContentPermissions Permissions, BackOfficeSections Sections);
