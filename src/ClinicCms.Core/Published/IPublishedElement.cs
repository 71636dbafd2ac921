using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published;

/// <summary>Anything with typed property values: a published node, or a block's content or settings element.</summary>
public interface IPublishedElement
{
    Guid Key { get; }

    ComposedContentType ContentType { get; }

    /// <summary>The converted value of a property (a string, a block list, picked content...); null when empty or unknown.</summary>
    object? Value(string alias);
}
