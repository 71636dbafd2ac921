using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ClinicCms.Web.Features.Media.Uploads;

/// <summary>
/// Checks an uploaded SVG and rewrites it from an allow-list. An SVG is a document, not a picture: opened on its
/// own it can run script. ClinicCms <b>refuses</b> any SVG with active or outside content (script, event handlers,
/// <c>javascript:</c>, external references, foreignObject, DOCTYPE/entities) and names what it found, rather than
/// silently cutting it out: a logo that quietly loses parts is worse than a clear "ask the designer for a clean
/// export". What is accepted is then written again keeping only known SVG elements and plain attributes, dropping
/// editor metadata (Inkscape, Illustrator), so anything the checks did not foresee does not survive either.
/// </summary>
public static class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern",
        "marker", "image", "style", "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feComposite",
        "feFlood", "feMerge", "feMergeNode", "feMorphology", "feDropShadow", "switch", "view",
    };

    private static readonly string[] Refused = ["script", "foreignObject", "iframe", "embed", "object", "handler", "listener"];

    private static readonly string[] EmbeddedImages = ["data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,", "data:image/webp;base64,"];

    /// <summary>The cleaned SVG and its size, or the reason it is refused.</summary>
    public static (byte[]? Svg, int? Width, int? Height, string? Problem) Sanitize(Stream input)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreProcessingInstructions = false };
            using var reader = XmlReader.Create(input, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, null, "The SVG contains a DOCTYPE; entity declarations are not allowed.");
        }
        catch (XmlException e)
        {
            return (null, null, null, $"The SVG is not well-formed XML (line {e.LineNumber}: {e.Message}).");
        }

        if (document.Root is not { } root || root.Name != Svg + "svg")
        {
            return (null, null, null, "The file is not an SVG image: its root element is not <svg> in the SVG namespace.");
        }

        if (Problem(document) is { } problem)
        {
            return (null, null, null, problem);
        }

        Clean(document);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false }))
        {
            document.Save(writer);
        }

        var (width, height) = Size(root);
        return (output.ToArray(), width, height, null);
    }

    private static string? Problem(XDocument document)
    {
        if (document.Nodes().Concat(document.Descendants().SelectMany(e => e.Nodes())).OfType<XProcessingInstruction>().FirstOrDefault() is { } pi)
        {
            return $"The SVG contains a processing instruction (<?{pi.Target} …?>) that can load outside content.";
        }

        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            if (Refused.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return $"The SVG contains a <{name}> element, which can run code or show outside content.";
            }

            if (name is "set" or "animate" && element.Attribute("attributeName")?.Value is { } target && target.Contains("href", StringComparison.OrdinalIgnoreCase))
            {
                return $"The SVG contains an <{name}> element that changes a link.";
            }

            if (name == "style" && CssProblem(element.Value) is { } css)
            {
                return css;
            }

            foreach (var attribute in element.Attributes())
            {
                if (AttributeProblem(element, attribute) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static string? AttributeProblem(XElement element, XAttribute attribute)
    {
        var name = attribute.Name.LocalName;
        var compact = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && !attribute.IsNamespaceDeclaration)
        {
            return $"The SVG has an event handler ({name} on <{element.Name.LocalName}>), which runs script.";
        }

        if (compact.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || compact.Contains("vbscript:", StringComparison.OrdinalIgnoreCase))
        {
            return $"The SVG has a script link ({name} on <{element.Name.LocalName}>).";
        }

        if (name == "href" && !attribute.IsNamespaceDeclaration && !IsInternalReference(compact, element.Name.LocalName == "image"))
        {
            return $"The SVG refers to an outside resource ({Shorten(attribute.Value)} on <{element.Name.LocalName}>); only references inside the file are allowed.";
        }

        return name == "style" ? CssProblem(attribute.Value) : UrlProblem(compact, name, element.Name.LocalName);
    }

    private static bool IsInternalReference(string value, bool isImage) =>
        value.StartsWith('#') || (isImage && EmbeddedImages.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    private static string? CssProblem(string css)
    {
        var compact = new string([.. css.Where(c => !char.IsWhiteSpace(c))]);
        if (compact.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "The SVG's style sheet imports an outside style sheet.";
        }

        if (compact.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || compact.Contains("expression(", StringComparison.OrdinalIgnoreCase))
        {
            return "The SVG's styles contain script.";
        }

        return UrlProblem(compact, "style", "style");
    }

    // url(#gradient) points inside the file; any other url(…) makes the browser fetch something.
    private static string? UrlProblem(string compact, string attribute, string element)
    {
        var index = 0;
        while ((index = compact.IndexOf("url(", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            index += 4;
            var target = compact[index..].TrimStart('\'', '"');
            if (!target.StartsWith('#'))
            {
                return $"The SVG refers to an outside resource (url(…) in {attribute} on <{element}>); only references inside the file are allowed.";
            }
        }

        return null;
    }

    private static void Clean(XDocument document)
    {
        document.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        document.Descendants().Where(e => e.Name.Namespace != Svg || !Elements.Contains(e.Name.LocalName)).ToList().ForEach(e => e.Remove());
        foreach (var element in document.Descendants())
        {
            element.Attributes()
                .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.None && a.Name.Namespace != XLink && a.Name.Namespace != Xml)
                .ToList().ForEach(a => a.Remove());
            element.Attributes()
                .Where(a => a.IsNamespaceDeclaration && a.Value != Svg.NamespaceName && a.Value != XLink.NamespaceName)
                .ToList().ForEach(a => a.Remove());
        }
    }

    private static (int?, int?) Size(XElement root)
    {
        var width = Length(root.Attribute("width")?.Value);
        var height = Length(root.Attribute("height")?.Value);
        if ((width is null || height is null) && root.Attribute("viewBox")?.Value is { } viewBox)
        {
            var parts = viewBox.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 4 && Number(parts[2]) is { } w && Number(parts[3]) is { } h)
            {
                return ((int)Math.Round(w), (int)Math.Round(h));
            }
        }

        return (width, height);
    }

    private static int? Length(string? value) =>
        value is null || value.EndsWith('%') ? null : Number(value.Trim().Replace("px", "", StringComparison.OrdinalIgnoreCase)) is { } d ? (int)Math.Round(d) : null;

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : null;

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
