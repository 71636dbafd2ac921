using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Writing;

/// <summary>
/// File names as uSync makes them in its default flat, name-based layout (see the format spec, 1.1), through
/// Umbraco's own short-string helper. A name already taken by another item gets uSync's <c>_xxxxxxxx</c> suffix.
/// </summary>
public static class USyncFileNames
{
    public const string Extension = ".config";

    private static readonly string[] ReservedNames = ["app.config", "web.config"];
    private static readonly char[] WindowsInvalid = ['"', '<', '>', '|', ':', '*', '?', '\\', '/'];

    public static string BaseName(ContentTypeDefinition type) => SafeFileName(type.Alias);

    public static string BaseName(DataTypeDefinition dataType) => UrlSegments.SafeAlias(dataType.Name);

    public static string BaseName(TemplateDefinition template) => SafeFileName(template.Alias);

    public static string BaseName(LanguageDefinition language) => SafeFileName(language.IsoCode);

    public static string BaseName(DictionaryItemDefinition item) => SafeFileName(item.ItemKey);

    public static string BaseName(DomainDefinition domain) => $"{SafeFileName(domain.Name)}_{SafeFileName(domain.Language)}";

    public static string BaseName(ContentItem item) => SafeFileName(item.Name);

    /// <summary>The file name (with extension) for a base name, made safe for build tools as uSync does.</summary>
    public static string FileName(string baseName)
    {
        var name = baseName + Extension;
        return ReservedNames.Contains(name, StringComparer.OrdinalIgnoreCase) ? $"__{baseName}__{Extension}" : name;
    }

    /// <summary>The name uSync gives the second and later items whose names clash: <c>name_xxxxxxxx.config</c>.</summary>
    public static string ClashName(string baseName, Guid key) => FileName($"{baseName}_{ShortKey(key)}");

    /// <summary>
    /// Umbraco's base-32 short form of a GUID, cut to <paramref name="length"/> characters. Each 5 bytes give 8
    /// characters by Umbraco's own bit layout (which is not a plain bit stream: the 4th character takes one bit of the
    /// second byte and the high nibble of the third), so names match the files uSync writes.
    /// </summary>
    public static string ShortKey(Guid key, int length = 8)
    {
        const string table = "abcdefghijklmnopqrstuvwxyz012345";
        var b = key.ToByteArray();
        var chars = new List<char>(26);
        for (var i = 0; i < 15; i += 5)
        {
            chars.Add(table[(b[i] & 0b1111_1000) >> 3]);
            chars.Add(table[((b[i] & 0b0000_0111) << 2) | ((b[i + 1] & 0b1100_0000) >> 6)]);
            chars.Add(table[(b[i + 1] & 0b0011_1110) >> 1]);
            chars.Add(table[(b[i + 1] & 0b0000_0001) | ((b[i + 2] & 0b1111_0000) >> 4)]);
            chars.Add(table[((b[i + 2] & 0b0000_1111) << 1) | ((b[i + 3] & 0b1000_0000) >> 7)]);
            chars.Add(table[(b[i + 3] & 0b0111_1100) >> 2]);
            chars.Add(table[((b[i + 3] & 0b0000_0011) << 3) | ((b[i + 4] & 0b1110_0000) >> 5)]);
            chars.Add(table[b[i + 4] & 0b0001_1111]);
        }

        chars.Add(table[(b[15] & 0b1111_1000) >> 3]);
        chars.Add(table[(b[15] & 0b0000_0111) << 2]);
        return new string([.. chars.Take(Math.Clamp(length, 1, 26))]);
    }

    // Umbraco first replaces the characters the OS forbids in file names with '-'. uSync files are mostly written on
    // Windows, which forbids more than Linux; replacing Windows' set on every OS names files the same everywhere.
    private static string SafeFileName(string name) =>
        UrlSegments.SafeFileName(string.Concat(name.Select(c => c < 32 || WindowsInvalid.Contains(c) ? '-' : c)));
}
