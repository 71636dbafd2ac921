using ClinicCms.Core.Content;

namespace ClinicCms.Web.Features.BackOffice.Content.Editors;

/// <summary>
/// One block of a Block List as <c>_Block.cshtml</c> renders it. The template for a new block uses <see cref="NewKey"/>,
/// which the browser replaces with a fresh key.
/// </summary>
public sealed record BlockView(PropertyEditorModel List, Guid Key, Guid TypeKey, int Index, PropertyValues Values, IReadOnlyList<BlockType> Allowed)
{
    public static readonly Guid NewKey = Guid.Empty;

    public BlockType? Type => Allowed.FirstOrDefault(t => t.Key == TypeKey);
}
