namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// A change to a Block List asked for by one of its buttons when the page runs without JavaScript: the server applies
/// it while reading the form and shows the form again, unsaved. With JavaScript the browser does the same in place.
/// </summary>
public sealed record BlockOperation(string Kind, string ListName, Guid BlockKey, Guid TypeKey)
{
    /// <summary>Reads a button value such as <c>block-up|v.sections|{blockKey}</c> or <c>block-add|v.sections|{typeKey}</c>.</summary>
    public static BlockOperation? Parse(string? action)
    {
        var parts = action?.Split('|');
        if (parts is not [var kind, var list, var key] || !kind.StartsWith("block-", StringComparison.Ordinal) || !Guid.TryParse(key, out var guid))
        {
            return null;
        }

        return kind == "block-add" ? new(kind, list, Guid.NewGuid(), guid) : new(kind, list, guid, Guid.Empty);
    }

    public List<(Guid Key, Guid Type)> Apply(List<(Guid Key, Guid Type)> blocks)
    {
        var index = blocks.FindIndex(b => b.Key == BlockKey);
        switch (Kind)
        {
            case "block-add":
                blocks.Add((BlockKey, TypeKey));
                break;
            case "block-remove" when index >= 0:
                blocks.RemoveAt(index);
                break;
            case "block-up" when index > 0:
                (blocks[index - 1], blocks[index]) = (blocks[index], blocks[index - 1]);
                break;
            case "block-down" when index >= 0 && index < blocks.Count - 1:
                (blocks[index + 1], blocks[index]) = (blocks[index], blocks[index + 1]);
                break;
        }

        return blocks;
    }
}
