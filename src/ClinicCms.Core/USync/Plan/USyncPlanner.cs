using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Writing;

namespace ClinicCms.Core.USync.Plan;

/// <summary>
/// Computes what importing a set of uSync files into a site would do (see <see cref="USyncPlan"/>): pure, from the
/// site's state and the files. Invalid files give a plan with errors and no items.
/// </summary>
public static class USyncPlanner
{
    public static USyncPlan Plan(USyncState current, USyncSet set, USyncPlanOptions? options = null)
    {
        options ??= new USyncPlanOptions();
        var registry = current.ToRegistry();
        var problems = set.Problems
            .Concat(USyncSetValidator.Validate(set, registry, current.Nodes.Select(n => n.Key).ToHashSet()))
            .ToList();
        problems.AddRange(Unsupported(set));
        if (problems.Any(p => p.IsError))
        {
            return new USyncPlan([], problems);
        }

        var items = new List<USyncPlanItem>();
        var schema = new SchemaPlanner(set, items);
        if (options.Schema)
        {
            schema.Plan(USyncItemType.Language, set.Languages, current.Languages, l => l.Key, l => l.IsoCode, LanguageWriter.Write, aliasFirst: true);
            schema.Plan(USyncItemType.Dictionary, set.Dictionary, current.Dictionary, d => d.Key, d => d.ItemKey, DictionaryWriter.Write);
            schema.Plan(USyncItemType.DataType, set.DataTypes, current.DataTypes, d => d.Key, d => d.Name, DataTypeWriter.Write);
            schema.Plan(USyncItemType.Template, set.Templates, current.Templates, t => t.Key, t => t.Alias, TemplateWriter.Write);
            schema.Plan(USyncItemType.ContentType, set.ContentTypes, Of(current, ContentTypeKind.Document), t => t.Key, t => t.Alias, ContentTypeWriter.Write);
            schema.Plan(USyncItemType.MediaType, set.MediaTypes, Of(current, ContentTypeKind.Media), t => t.Key, t => t.Alias, ContentTypeWriter.Write);
            schema.Plan(USyncItemType.MemberType, set.MemberTypes, Of(current, ContentTypeKind.Member), t => t.Key, t => t.Alias, ContentTypeWriter.Write);
        }

        if (options.Content)
        {
            var target = options.Schema ? set.ToRegistry(registry) : registry;
            new ContentPlanner(current, set, options, target, items, problems).Plan();
            schema.Plan(USyncItemType.Domain, set.Domains, current.Domains, d => d.Key, d => d.Name, DomainWriter.Write, aliasFirst: true);
        }

        if (options.Schema)
        {
            schema.Plan(USyncItemType.RelationType, set.RelationTypes, current.RelationTypes, r => r.Key, r => r.Alias, RelationTypeWriter.Write);
        }

        return problems.Any(p => p.IsError) ? new USyncPlan([], problems) : new USyncPlan(items, problems);
    }

    private static IEnumerable<ContentTypeDefinition> Of(USyncState state, ContentTypeKind kind) => state.ContentTypes.Where(t => t.Kind == kind);

    private static IEnumerable<USyncProblem> Unsupported(USyncSet set)
    {
        if (set.Blueprints.FirstOrDefault() is { } blueprint)
        {
            yield return USyncProblem.Warning(blueprint.Source, $"{set.Blueprints.Count} blueprint(s) in Blueprints/ are not imported: ClinicCms has no content templates");
        }

        foreach (var clean in set.Empties.Where(e => e.Marker.Change == EmptyChange.Clean))
        {
            yield return USyncProblem.Warning(clean.Source, "Clean markers are not applied: nothing is removed that the folder does not name");
        }
    }
}
