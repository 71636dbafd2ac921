namespace ClinicCms.Core.Published;

/// <summary>Null-safe typed access to property values, in the spirit of Umbraco's <c>Value&lt;T&gt;</c>.</summary>
public static class PublishedValueExtensions
{
    public static T? Value<T>(this IPublishedElement element, string alias) =>
        element.Value(alias) is T typed ? typed : default;

    public static bool HasValue(this IPublishedElement element, string alias) => element.Value(alias) switch
    {
        null => false,
        string s => s.Length > 0,
        System.Collections.ICollection c => c.Count > 0,
        _ => true,
    };

    public static IEnumerable<IPublishedContent> Ancestors(this IPublishedContent content)
    {
        for (var parent = content.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    public static IPublishedContent Root(this IPublishedContent content) => content.Ancestors().LastOrDefault() ?? content;

    public static IEnumerable<IPublishedContent> Descendants(this IPublishedContent content)
    {
        foreach (var child in content.Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Children of a given document type, already wrapped in their model type.</summary>
    public static IEnumerable<T> Children<T>(this IPublishedContent content)
        where T : IPublishedContent => content.Children.OfType<T>();
}
