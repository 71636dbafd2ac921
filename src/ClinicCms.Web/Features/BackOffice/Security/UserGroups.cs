using System.Security.Claims;
using ClinicCms.Web.Features.Content;

namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// Umbraco's default user groups and what each may do with content. A user's permissions are the union of their
/// groups'. Group names are the role names in the Identity tables.
/// </summary>
public static class UserGroups
{
    public const string Administrators = "Administrators";
    public const string Editors = "Editors";
    public const string Writers = "Writers";

    public static IReadOnlyList<UserGroup> All { get; } =
    [
        new(Administrators, "admin", "Full access to content and users.", ContentPermissions.All),
        new(Editors, "editor", "Create, edit, publish, unpublish, move, sort and delete content.", ContentPermissions.All),
        new(Writers, "writer", "Create and edit drafts; an editor reviews and publishes them.",
            ContentPermissions.Browse | ContentPermissions.Create | ContentPermissions.Update),
    ];

    public static UserGroup? Find(string name) => All.FirstOrDefault(g => g.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static ContentPermissions PermissionsOf(IEnumerable<string> groups) =>
        groups.Select(Find).OfType<UserGroup>().Aggregate(ContentPermissions.None, (all, g) => all | g.Permissions);

    /// <summary>The signed-in user as the content services see them: name for the history, permissions from their groups.</summary>
    public static ContentUser ToContentUser(this ClaimsPrincipal principal) => new(
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        principal.FindFirstValue(ClaimTypes.Name) ?? "Unknown user",
        PermissionsOf(principal.FindAll(ClaimTypes.Role).Select(c => c.Value)));

    public static bool IsAdministrator(this ClaimsPrincipal principal) => principal.IsInRole(Administrators);
}

/// <summary>One user group: its name (shown and stored), Umbraco's alias, a description and its content permissions.</summary>
public sealed record UserGroup(string Name, string Alias, string Description, ContentPermissions Permissions);
