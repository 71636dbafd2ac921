using System.Collections.Frozen;
using System.Reflection;
using ClinicCms.Web.Features.Site.Pages;
using RazorSlices;

namespace ClinicCms.Web.Features.Site;

/// <summary>
/// The site's templates by alias, as uSync names them: the template <c>article</c> is the Razor slice in
/// <c>Views/article.cshtml</c>, which prints one kind of page model (<c>@inherits PageTemplate&lt;ArticlePage&gt;</c>).
/// Found once, at start-up, among the slices compiled into the site; the layout (<c>master</c>, which prints any page)
/// is not a template.
/// </summary>
public sealed class SiteTemplates
{
    private const string ViewsNamespace = "ClinicCms.Web.Views";

    private static readonly MethodInfo FactoryMethod =
        typeof(SiteTemplates).GetMethod(nameof(Factory), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly FrozenDictionary<string, Template> _byAlias = typeof(SiteTemplates).Assembly.GetTypes()
        .Where(t => t.Namespace == ViewsNamespace)
        .Select(t => (Proxy: t, Model: ModelOf(t)))
        .Where(t => t.Model is { IsAbstract: false } model && model.IsAssignableTo(typeof(PageModel)))
        .Select(t => new Template(
            t.Proxy.Name,
            t.Model!,
            (Func<PageModel, RazorSlice>)FactoryMethod.MakeGenericMethod(t.Proxy, t.Model!).Invoke(null, null)!))
        .ToFrozenDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Aliases => _byAlias.Keys;

    /// <summary>
    /// The template ready to print <paramref name="page"/>; a clear error when there is no such template or it prints
    /// another kind of page.
    /// </summary>
    public RazorSlice For(string alias, PageModel page)
    {
        if (!_byAlias.TryGetValue(alias, out var template))
        {
            throw new InvalidOperationException($"The template '{alias}' has no Razor file: add Views/{alias}.cshtml (@inherits PageTemplate<TPage>) to the site.");
        }

        if (!template.Model.IsInstanceOfType(page))
        {
            throw new InvalidOperationException($"The template '{template.Alias}' (Views/{template.Alias}.cshtml) prints pages of type {template.Model.Name}, but this page is of type {page.GetType().Name}: its document type needs another template.");
        }

        return template.Create(page);
    }

    private static Type? ModelOf(Type proxy) => proxy.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRazorSliceProxy<>))?
        .GetGenericArguments()[0];

    private static Func<PageModel, RazorSlice> Factory<TProxy, TModel>()
        where TProxy : IRazorSliceProxy<TModel>
        where TModel : PageModel =>
        page => TProxy.CreateSlice((TModel)page);

    private sealed record Template(string Alias, Type Model, Func<PageModel, RazorSlice> Create);
}
