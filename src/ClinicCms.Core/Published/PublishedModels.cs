using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published;

/// <summary>Base of generated document models: wraps a published node and adds typed properties.</summary>
public abstract class PublishedContentModel(IPublishedContent content) : IPublishedContent
{
    protected IPublishedContent Content { get; } = content;

    public Guid Key => Content.Key;
    public int Id => Content.Id;
    public string Name => Content.Name;
    public string UrlSegment => Content.UrlSegment;
    public string Url => Content.Url;
    public int Level => Content.Level;
    public int SortOrder => Content.SortOrder;
    public DateTime CreateDate => Content.CreateDate;
    public DateTime UpdateDate => Content.UpdateDate;
    public string? TemplateAlias => Content.TemplateAlias;
    public bool IsMedia => Content.IsMedia;
    public ComposedContentType ContentType => Content.ContentType;
    public IPublishedContent? Parent => Content.Parent;
    public IReadOnlyList<IPublishedContent> Children => Content.Children;

    public object? Value(string alias) => Content.Value(alias);

    /// <summary>
    /// A value derived from a property's converted value (a list of blocks, an HTML string), kept while the node's
    /// converted values are (see <see cref="ConvertedValuesBudget"/>) and computed again after the budget freed them.
    /// </summary>
    protected T Cached<T>(string alias, Func<T> read) =>
        Content is PublishedContent node ? node.ModelValue(alias, read) : read();

    public override string ToString() => Content.ToString() ?? Name;
}

/// <summary>Base of generated element models (block content and settings).</summary>
public abstract class PublishedElementModel(IPublishedElement element) : IPublishedElement
{
    protected IPublishedElement Element { get; } = element;

    public Guid Key => Element.Key;
    public ComposedContentType ContentType => Element.ContentType;

    public object? Value(string alias) => Element.Value(alias);
}

/// <summary>Wraps nodes and elements in their generated model types; the identity factory wraps nothing.</summary>
public interface IPublishedModelFactory
{
    IPublishedContent CreateModel(IPublishedContent content);

    IPublishedElement CreateModel(IPublishedElement element);
}

public sealed class NoModelsFactory : IPublishedModelFactory
{
    public static NoModelsFactory Instance { get; } = new();

    public IPublishedContent CreateModel(IPublishedContent content) => content;

    public IPublishedElement CreateModel(IPublishedElement element) => element;
}
