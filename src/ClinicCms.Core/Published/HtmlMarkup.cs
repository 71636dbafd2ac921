namespace ClinicCms.Core.Published;

/// <summary>Rich text ready to print: sanitised on save, with local links already turned into URLs.</summary>
public sealed record HtmlMarkup(string Markup)
{
    public override string ToString() => Markup;
}
