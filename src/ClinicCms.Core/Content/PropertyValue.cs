namespace ClinicCms.Core.Content;

/// <summary>
/// One stored value of a property, for one culture and segment (null for invariant). <see cref="Value"/> is the
/// text uSync writes in the value's CDATA: plain text, a number, a UDI list, or JSON for structured editors.
/// </summary>
public sealed record PropertyValue(string? Culture, string? Segment, string Value)
{
    public static PropertyValue Invariant(string value) => new(null, null, value);

    public bool Matches(string? culture, string? segment) =>
        string.Equals(Culture, culture, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Segment, segment, StringComparison.OrdinalIgnoreCase);
}
