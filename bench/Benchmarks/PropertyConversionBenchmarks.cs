using BenchmarkDotNet.Attributes;
using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Core.Schema;

namespace ClinicCms.Benchmarks;

/// <summary>Converting one stored value of the reference article to its typed value, per editor.</summary>
[MemoryDiagnoser]
public class PropertyConversionBenchmarks
{
    private PublishedSnapshot _snapshot = null!;
    private ComposedContentType _article = null!;
    private PropertyValues _values = null!;
    private string _body = null!;
    private ComposedProperty _bodyProperty = null!;
    private byte[] _packed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = BenchSite.Instance;
        _snapshot = site.Snapshot;
        _article = _snapshot.Schema.ComposeDocumentType("article")!;
        _values = site.Reference.Properties;
        _packed = PackedPropertyValues.Pack(_values);
        var sections = (BlockListModel)Convert("sections")!;
        _bodyProperty = sections[0].Content.ContentType.Property("body")!;
        _body = ClinicCms.Core.PropertyEditors.BlockListValue.Parse(_values.Get("sections")).ContentData[0].Values.Get("body")!;
    }

    [Benchmark]
    public object? BlockListOfSections() => Convert("sections");

    [Benchmark]
    public object? RichTextSectionBody() => _snapshot.Converters.Convert(_bodyProperty, _body, _snapshot);

    [Benchmark]
    public object? ReviewedByPicker() => Convert("reviewedBy");

    [Benchmark]
    public object? Tags() => Convert("tags");

    [Benchmark]
    public object? ReviewDate() => Convert("lastReviewed");

    [Benchmark]
    public PropertyValues UnpackArticleValues() => PackedPropertyValues.Unpack(_packed);

    [Benchmark]
    public byte[] PackArticleValues() => PackedPropertyValues.Pack(_values);

    private object? Convert(string alias) => _snapshot.Converters.Convert(_article.Property(alias)!, _values.Get(alias), _snapshot);
}
