using Umbraco.Cms.Core;

namespace ClinicCms.Core.PropertyEditors;

/// <summary>Reads the UDIs that pickers store (<c>umb://document/32hex</c>, comma-separated for several).</summary>
public static class UdiValue
{
    public static IReadOnlyList<GuidUdi> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var result = new List<GuidUdi>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (UdiParser.TryParse(part, out GuidUdi? udi) && udi is not null)
            {
                result.Add(udi);
            }
        }

        return result;
    }

    public static bool IsUdiList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(p => UdiParser.TryParse(p, out GuidUdi? udi) && udi is not null);

    public static string Document(Guid key) => Udi.Create(Constants.UdiEntityType.Document, key).ToString();

    public static string Media(Guid key) => Udi.Create(Constants.UdiEntityType.Media, key).ToString();
}
