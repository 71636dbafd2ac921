using System.Linq;
using System.Text;

namespace ClinicCms.ModelsGenerator;

internal static class Names
{
    /// <summary>ModelsBuilder's naming: the alias with its first letter upper-cased, anything not a letter or digit dropped.</summary>
    public static string Pascal(string alias)
    {
        var builder = new StringBuilder(alias.Length);
        var upper = true;
        foreach (var c in alias)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        var name = builder.ToString();
        return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>Text safe inside an XML doc comment.</summary>
    public static string Doc(string text) =>
        string.Join(" ", text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Split(new[] { '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
