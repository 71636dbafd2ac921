using System.Collections.Immutable;

namespace ClinicCms.Web.Infrastructure.Security;

/// <summary>
/// An immutable Content-Security-Policy: directives in the order they were first added, each with its sources.
/// Features derive their own policy from the site's (<see cref="With"/>) instead of editing one shared string.
/// </summary>
public sealed class ContentSecurityPolicy
{
    private readonly ImmutableList<KeyValuePair<string, ImmutableList<string>>> _directives;
    private string? _header;

    private ContentSecurityPolicy(ImmutableList<KeyValuePair<string, ImmutableList<string>>> directives) => _directives = directives;

    public static ContentSecurityPolicy Empty { get; } = new([]);

    /// <summary>
    /// The public site's policy: only this site's own files, no inline script or style, nothing may frame it,
    /// forms post only here.
    /// </summary>
    public static ContentSecurityPolicy Strict { get; } = Empty
        .With("default-src", "'self'")
        .With("script-src", "'self'")
        .With("style-src", "'self'")
        .With("img-src", "'self'", "data:")
        .With("font-src", "'self'")
        .With("connect-src", "'self'")
        .With("object-src", "'none'")
        .With("base-uri", "'self'")
        .With("form-action", "'self'")
        .With("frame-ancestors", "'none'");

    public IReadOnlyList<string> Sources(string directive) =>
        _directives.FirstOrDefault(d => d.Key == directive).Value ?? [];

    /// <summary>Adds sources to a directive (creating it after the others when it is new).</summary>
    public ContentSecurityPolicy With(string directive, params string[] sources)
    {
        var index = _directives.FindIndex(d => d.Key == directive);
        if (index < 0)
        {
            return new(_directives.Add(new(directive, [.. sources])));
        }

        var current = _directives[index].Value;
        var merged = current.AddRange(sources.Where(s => !current.Contains(s)));
        return new(_directives.SetItem(index, new(directive, merged)));
    }

    /// <summary>Replaces a directive's sources.</summary>
    public ContentSecurityPolicy Set(string directive, params string[] sources)
    {
        var index = _directives.FindIndex(d => d.Key == directive);
        return index < 0
            ? new(_directives.Add(new(directive, [.. sources])))
            : new(_directives.SetItem(index, new(directive, [.. sources])));
    }

    public ContentSecurityPolicy Without(string directive) => new(_directives.RemoveAll(d => d.Key == directive));

    /// <summary>The header value, built once.</summary>
    public override string ToString() => _header ??= string.Join("; ", _directives.Select(d =>
        d.Value.Count == 0 ? d.Key : d.Key + " " + string.Join(' ', d.Value)));
}
