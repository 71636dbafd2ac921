using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ClinicCms.ModelsGenerator;

/// <summary>
/// Like Umbraco's ModelsBuilder, at compile time: a C# class per document, element and media type in the uSync files
/// given as AdditionalFiles (<c>ContentTypes</c>, <c>MediaTypes</c> and <c>DataTypes</c>), so a changed type changes
/// its model and a template using a removed property fails the build.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PublishedModelsGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor UnreadableFile = new(
        "CMSMB001", "uSync file could not be read", "The uSync file '{0}' could not be read: {1}", "ClinicCms.Models", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor RenamedProperty = new(
        "CMSMB002", "Property renamed on its model", "The property '{0}' clashes with a member every model has; its model property is named with the suffix 'Value'", "ClinicCms.Models", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(f => f.Path.EndsWith(".config", StringComparison.OrdinalIgnoreCase) && IsSchemaFolder(f.Path))
            .Select((f, cancellationToken) => (f.Path, Text: f.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();
        var ns = context.AnalyzerConfigOptionsProvider.Select((o, _) =>
            o.GlobalOptions.TryGetValue("build_property.ClinicCmsModelsNamespace", out var value) && value.Length > 0 ? value : "ClinicCms.Web.PublishedModels");

        context.RegisterSourceOutput(files.Combine(ns), (production, input) => Generate(production, input.Left, input.Right));
    }

    private static bool IsSchemaFolder(string path)
    {
        var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty);
        return folder is "ContentTypes" or "MediaTypes" or "DataTypes";
    }

    private static void Generate(SourceProductionContext context, ImmutableArray<(string Path, string Text)> files, string ns)
    {
        var types = new List<ModelType>();
        var dataTypes = new Dictionary<string, ModelDataType>();
        foreach (var (path, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            try
            {
                var root = XDocument.Parse(text.TrimStart('\uFEFF'), LoadOptions.SetLineInfo).Root;
                if (root is null)
                {
                    continue;
                }

                if (SchemaFiles.ReadType(path, root) is { } type)
                {
                    types.Add(type);
                }
                else if (SchemaFiles.ReadDataType(root) is { } dataType)
                {
                    dataTypes[dataType.Key] = dataType;
                }
            }
            catch (XmlException e)
            {
                var position = new LinePosition(Math.Max(0, e.LineNumber - 1), Math.Max(0, e.LinePosition - 1));
                context.ReportDiagnostic(Diagnostic.Create(UnreadableFile, Location.Create(path, default, new LinePositionSpan(position, position)), path, e.Message));
            }
        }

        var byKey = types.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First());
        var compositions = new HashSet<string>(types.SelectMany(t => t.CompositionKeys));
        var writer = new ModelWriter(ns, byKey, dataTypes, compositions);
        foreach (var type in types.GroupBy(t => t.ClassName).Select(g => g.First()))
        {
            context.AddSource($"{type.ClassName}.g.cs", writer.WriteType(type));
        }

        context.AddSource("PublishedModelFactory.g.cs", writer.WriteFactory(types));
        foreach (var renamed in writer.Renamed.Distinct())
        {
            context.ReportDiagnostic(Diagnostic.Create(RenamedProperty, Location.None, renamed));
        }
    }
}
