namespace ClinicCms.Web.Features.Content;

/// <summary>The audit trail's action names (Umbraco's words).</summary>
public static class AuditActions
{
    public const string New = "New";
    public const string Save = "Save";
    public const string Publish = "Publish";
    public const string Unpublish = "Unpublish";
    public const string Move = "Move";
    public const string Sort = "Sort";
    public const string Delete = "Delete";
    public const string Restore = "Restore";
    public const string Rollback = "RollBack";
    public const string Import = "Import";
}
