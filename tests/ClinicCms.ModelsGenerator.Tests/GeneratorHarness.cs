using System.Collections.Immutable;
using ClinicCms.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ClinicCms.ModelsGenerator.Tests;

/// <summary>
/// Compiles a "template" (C# that uses the models, as a Razor view does) together with the models the generator
/// makes from a set of uSync files, the way the web project's build does.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        .Select(p => MetadataReference.CreateFromFile(p))
        .Append(MetadataReference.CreateFromFile(typeof(Core.Published.PublishedContentModel).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Html.HtmlString).Assembly.Location))];

    /// <summary>The project's own schema files, by path relative to <c>uSync/v17</c>.</summary>
    public static Dictionary<string, string> ProjectFiles() => new[] { "ContentTypes", "MediaTypes", "DataTypes" }
        .SelectMany(folder => Directory.GetFiles(Path.Combine(TestPaths.ProjectUSync, folder), "*.config"))
        .ToDictionary(p => Path.GetRelativePath(TestPaths.ProjectUSync, p).Replace('\\', '/'), File.ReadAllText);

    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Run) Compile(
        IReadOnlyDictionary<string, string> files, string template)
    {
        var compilation = CSharpCompilation.Create(
            "Templates",
            [CSharpSyntaxTree.ParseText(template, new CSharpParseOptions(LanguageVersion.Latest), path: "Views/template.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var additional = files.Select(f => (AdditionalText)new InMemoryText("/site/uSync/v17/" + f.Key, f.Value)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PublishedModelsGenerator().AsSourceGenerator()],
            additional,
            (CSharpParseOptions)compilation.SyntaxTrees[0].Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics, driver.GetRunResult());
    }

    public static IEnumerable<Diagnostic> Errors(this Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
