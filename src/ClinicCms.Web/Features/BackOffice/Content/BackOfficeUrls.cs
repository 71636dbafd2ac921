namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>The Content section's URLs, shaped like Umbraco 17's.</summary>
public static class BackOfficeUrls
{
    public const string Section = "/umbraco/section/content";
    public const string RecycleBin = Section + "/recycle-bin";

    public static string Edit(Guid key) => $"{Section}/workspace/document/edit/{key}";

    public static string Create(Guid parentKey) => $"{Section}/create/{parentKey}";

    public static string CreateOfType(Guid parentKey, string typeAlias) => $"{Section}/workspace/document/create/{parentKey}/{typeAlias}";

    public static string Children(Guid parentKey, int skip = 0) => $"{Section}/tree/children/{parentKey}" + (skip > 0 ? $"?skip={skip}" : "");

    public static string Sort(Guid parentKey) => $"{Section}/sort/{parentKey}";

    public static string Move(Guid key) => $"{Section}/move/{key}";

    public static string Trash(Guid key) => $"{Section}/trash/{key}";

    public static string Rollback(Guid key) => $"{Section}/rollback/{key}";

    public static string Preview(Guid key) => $"/umbraco/preview/{key}";
}
