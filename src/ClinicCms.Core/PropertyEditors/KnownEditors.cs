using System.Collections.Frozen;
using System.Reflection;
using Umbraco.Cms.Core;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>The property editors Umbraco ships (from <see cref="Constants.PropertyEditors.Aliases"/>) and their legacy names.</summary>
public static class KnownEditors
{
    private static readonly FrozenSet<string> Aliases = typeof(Constants.PropertyEditors.Aliases)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Concat(["Umbraco.TinyMCE", "Umbraco.NestedContent", "Umbraco.Grid", "Umbraco.MediaPicker", "Umbraco.MultipleMediaPicker", "Umbraco.DateTimeWithTimeZone"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string editorAlias) => Aliases.Contains(editorAlias);
}
