using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Tests;

/// <summary>Builds small schemas for unit tests without uSync files.</summary>
internal sealed class SchemaBuilder
{
    public static readonly Guid TextBox = Guid.Parse("0cc0eba1-9960-42c9-bf9b-60e150b429ae");
    public static readonly Guid RichText = Guid.Parse("ca90c950-0aff-4e72-b976-a30b1ac57dad");
    public static readonly Guid BlockList = Guid.Parse("63d6cbe0-1aa5-4b1c-a649-1b2b1fa89b1b");
    public static readonly Guid Toggle = Guid.Parse("92897bc6-a5f3-4ffe-ae27-f2e7e33dda49");
    public static readonly Guid ShortText = Guid.Parse("11111111-1111-4111-8111-111111111111");

    private readonly List<DataTypeDefinition> _dataTypes = [];
    private readonly List<ContentTypeDefinition> _types = [];
    private readonly List<TemplateDefinition> _templates = [];

    public SchemaBuilder()
    {
        _dataTypes.Add(new DataTypeDefinition { Key = TextBox, Name = "Textstring", EditorAlias = "Umbraco.TextBox" });
        _dataTypes.Add(new DataTypeDefinition { Key = ShortText, Name = "Short text", EditorAlias = "Umbraco.TextBox", Config = """{"maxChars":10}""" });
        _dataTypes.Add(new DataTypeDefinition { Key = RichText, Name = "Richtext editor", EditorAlias = "Umbraco.RichText" });
        _dataTypes.Add(new DataTypeDefinition { Key = Toggle, Name = "True/false", EditorAlias = "Umbraco.TrueFalse" });
    }

    public SchemaBuilder BlockListOf(Guid elementKey, int? min = null)
    {
        _dataTypes.Add(new DataTypeDefinition
        {
            Key = BlockList,
            Name = "[BlockList] Sections",
            EditorAlias = "Umbraco.BlockList",
            Config = $$$"""{"blocks":[{"contentElementTypeKey":"{{{elementKey}}}"}],"validationLimit":{"min":{{{min?.ToString() ?? "null"}}},"max":null}}""",
        });
        return this;
    }

    public SchemaBuilder Type(string alias, Guid key, Action<ContentTypeDefinitionBuilder> configure, bool isElement = false, bool allowAtRoot = false)
    {
        var builder = new ContentTypeDefinitionBuilder();
        configure(builder);
        _types.Add(new ContentTypeDefinition
        {
            Kind = ContentTypeKind.Document,
            Key = key,
            Alias = alias,
            Name = alias,
            IsElement = isElement,
            AllowAtRoot = allowAtRoot,
            Properties = builder.Properties,
            Groups = [new PropertyGroupDefinition(Guid.NewGuid(), "Content", "content", PropertyGroupType.Tab, 0)],
            AllowedChildren = builder.Children,
            DefaultTemplate = builder.Template,
            AllowedTemplates = builder.Template is null ? [] : [new TypeReference(Guid.NewGuid(), builder.Template)],
            Compositions = builder.Compositions,
        });
        if (builder.Template is { } template && _templates.All(t => t.Alias != template))
        {
            _templates.Add(new TemplateDefinition(Guid.NewGuid(), template, template, null, 1));
        }

        return this;
    }

    public SchemaRegistry Build() => new(_dataTypes, _types, _templates);

    internal sealed class ContentTypeDefinitionBuilder
    {
        public List<PropertyTypeDefinition> Properties { get; } = [];
        public List<AllowedChildType> Children { get; } = [];
        public List<TypeReference> Compositions { get; } = [];
        public string? Template { get; set; }

        public ContentTypeDefinitionBuilder Property(string alias, Guid dataType, string editor, bool mandatory = false, string? validation = null, string? message = null)
        {
            Properties.Add(new PropertyTypeDefinition
            {
                Key = Guid.NewGuid(),
                Name = char.ToUpperInvariant(alias[0]) + alias[1..],
                Alias = alias,
                DataTypeKey = dataType,
                EditorAlias = editor,
                Mandatory = mandatory,
                Validation = validation,
                ValidationRegExpMessage = message,
                SortOrder = Properties.Count,
                GroupAlias = "content",
                GroupName = "Content",
                Variations = ContentVariation.Nothing,
            });
            return this;
        }

        public ContentTypeDefinitionBuilder Child(string alias, Guid key)
        {
            Children.Add(new AllowedChildType(key, alias, Children.Count));
            return this;
        }
    }
}
