using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published;

/// <summary>The content or settings of one block, converted on read like a node's values.</summary>
internal sealed class PublishedElement(Guid key, ComposedContentType type, PropertyValues values, PublishedSnapshot snapshot) : IPublishedElement
{
    private readonly Dictionary<string, object?> _converted = new(StringComparer.OrdinalIgnoreCase);

    public Guid Key { get; } = key;

    public ComposedContentType ContentType { get; } = type;

    public object? Value(string alias)
    {
        lock (_converted)
        {
            if (_converted.TryGetValue(alias, out var cached))
            {
                return cached;
            }
        }

        if (ContentType.Property(alias) is not { } property)
        {
            return null;
        }

        var converted = snapshot.Converters.Convert(property, values.Get(property.Alias), snapshot);
        lock (_converted)
        {
            _converted[alias] = converted;
        }

        return converted;
    }
}
