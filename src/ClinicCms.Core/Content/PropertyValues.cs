using System.Collections;
using System.Collections.Immutable;

namespace ClinicCms.Core.Content;

/// <summary>
/// The property values of one version of a node or block, keyed by property alias (case kept, compared
/// ordinally ignoring case) and then by culture and segment. Immutable: every change returns a new instance.
/// </summary>
public sealed class PropertyValues : IReadOnlyCollection<KeyValuePair<string, ImmutableArray<PropertyValue>>>
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<PropertyValue>> _values;

    private PropertyValues(ImmutableSortedDictionary<string, ImmutableArray<PropertyValue>> values) => _values = values;

    public static PropertyValues Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, ImmutableArray<PropertyValue>>(StringComparer.OrdinalIgnoreCase));

    public int Count => _values.Count;

    public IEnumerable<string> Aliases => _values.Keys;

    public static PropertyValues From(IEnumerable<KeyValuePair<string, IEnumerable<PropertyValue>>> values)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<PropertyValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, list) in values)
        {
            builder[alias] = [.. list];
        }

        return new PropertyValues(builder.ToImmutable());
    }

    public ImmutableArray<PropertyValue> this[string alias] => _values.TryGetValue(alias, out var v) ? v : [];

    public bool Contains(string alias) => _values.ContainsKey(alias);

    /// <summary>The stored text for a culture and segment, or null when there is none or it is empty.</summary>
    public string? Get(string alias, string? culture = null, string? segment = null)
    {
        if (!_values.TryGetValue(alias, out var list))
        {
            return null;
        }

        foreach (var value in list)
        {
            if (value.Matches(culture, segment))
            {
                return value.Value.Length == 0 ? null : value.Value;
            }
        }

        return null;
    }

    public PropertyValues Set(string alias, string? value, string? culture = null, string? segment = null)
    {
        var existing = _values.TryGetValue(alias, out var list) ? list : [];
        var kept = existing.RemoveAll(v => v.Matches(culture, segment));
        var updated = kept.Add(new PropertyValue(culture, segment, value ?? string.Empty))
            .Sort((a, b) => string.CompareOrdinal(a.Culture, b.Culture) is var c && c != 0 ? c : string.CompareOrdinal(a.Segment, b.Segment));
        return new PropertyValues(_values.SetItem(alias, updated));
    }

    public PropertyValues Remove(string alias) => new(_values.Remove(alias));

    /// <summary>True when both hold the same aliases with the same texts (empty and missing count as equal).</summary>
    public bool ValueEquals(PropertyValues other)
    {
        foreach (var alias in _values.Keys.Union(other._values.Keys, StringComparer.OrdinalIgnoreCase))
        {
            var mine = NonEmpty(this[alias]);
            var theirs = NonEmpty(other[alias]);
            if (mine.Count != theirs.Count || mine.Except(theirs).Any())
            {
                return false;
            }
        }

        return true;

        static HashSet<PropertyValue> NonEmpty(ImmutableArray<PropertyValue> values) =>
            [.. values.Where(v => v.Value.Length > 0).Select(v => v with { Culture = v.Culture?.ToLowerInvariant(), Segment = v.Segment?.ToLowerInvariant() })];
    }

    public IEnumerator<KeyValuePair<string, ImmutableArray<PropertyValue>>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
