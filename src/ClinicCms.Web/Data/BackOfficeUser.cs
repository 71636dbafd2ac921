using Microsoft.AspNetCore.Identity;

namespace ClinicCms.Web.Data;

/// <summary>A back-office user (editor, writer, administrator).</summary>
public sealed class BackOfficeUser : IdentityUser<int>
{
    public required string Name { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime? LastLoginDate { get; set; }
    public bool IsDisabled { get; set; }
}

/// <summary>A user group: Administrators, Editors or Writers.</summary>
public sealed class BackOfficeGroup : IdentityRole<int>
{
    public string? Description { get; set; }
}
