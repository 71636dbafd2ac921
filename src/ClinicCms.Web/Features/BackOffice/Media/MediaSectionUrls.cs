namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>The Media section's URLs, shaped like Umbraco 17's.</summary>
public static class MediaSectionUrls
{
    public const string Section = "/umbraco/section/media";
    public const string RecycleBin = Section + "/recycle-bin";

    public static string Edit(Guid key) => $"{Section}/workspace/media/edit/{key}";

    /// <summary>A folder's workspace, or the section itself for the root.</summary>
    public static string Folder(Guid key) => key == Guid.Empty ? Section : Edit(key);

    public static string Children(Guid parentKey, int skip = 0) => $"{Section}/tree/children/{parentKey}" + (skip > 0 ? $"?skip={skip}" : "");

    public static string CreateFolder(Guid parentKey) => $"{Section}/create-folder/{parentKey}";

    public static string Move(Guid key) => $"{Section}/move/{key}";

    public static string Trash(Guid key) => $"{Section}/trash/{key}";

    public static string Delete(Guid key) => $"{Section}/delete/{key}";
}
