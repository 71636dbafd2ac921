namespace ClinicCms.Web.Features.USync;

/// <summary>uSync's handler sets: <c>--set schema|content|all</c>. Schema is uSync's "Settings" group.</summary>
public enum USyncScope
{
    All,
    Schema,
    Content,
}
