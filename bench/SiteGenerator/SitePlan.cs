namespace ClinicCms.Bench.SiteGenerator;

/// <summary>How many nodes of each kind a site of <c>--nodes N</c> gets, the starter content included.</summary>
public sealed record SitePlan(int Nodes, int Existing, int Lists, int Specialists, int Articles)
{
    public static SitePlan For(int nodes, int existing)
    {
        // About one topic list per thousand nodes and one specialist per fifty, like a large hospital group's site.
        var lists = Math.Clamp((int)Math.Round(nodes / 1000.0), 1, 12);
        var specialists = Math.Max(1, nodes / 50);
        var articles = Math.Max(1, nodes - existing - lists - specialists);
        return new SitePlan(existing + lists + specialists + articles, existing, lists, specialists, articles);
    }
}
