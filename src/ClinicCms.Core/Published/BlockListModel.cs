using System.Collections;

namespace ClinicCms.Core.Published;

/// <summary>One block of a Block List: its content element and optional settings element, as models.</summary>
public sealed record BlockListItem(Guid Key, IPublishedElement Content, IPublishedElement? Settings);

/// <summary>A block with its content typed as the element model <typeparamref name="T"/>.</summary>
public sealed record BlockListItem<T>(Guid Key, T Content, IPublishedElement? Settings)
    where T : IPublishedElement;

/// <summary>The blocks of a Block List property, in the order the editor arranged them.</summary>
public sealed class BlockListModel(IReadOnlyList<BlockListItem> items) : IReadOnlyList<BlockListItem>
{
    public static BlockListModel Empty { get; } = new([]);

    public int Count => items.Count;

    public BlockListItem this[int index] => items[index];

    /// <summary>The blocks whose content is of model type <typeparamref name="T"/>.</summary>
    public IReadOnlyList<BlockListItem<T>> OfContent<T>()
        where T : IPublishedElement =>
        [.. items.Where(i => i.Content is T).Select(i => new BlockListItem<T>(i.Key, (T)i.Content, i.Settings))];

    public IEnumerator<BlockListItem> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
