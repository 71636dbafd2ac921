namespace ClinicCms.Web.Features.Search;

public static class SearchFields
{
    public const string Key = "key";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Topics = "topics";

    /// <summary>Where a query looks, and how much a match there counts.</summary>
    public static readonly IDictionary<string, float> Boosts = new Dictionary<string, float>
    {
        [Title] = 4f,
        [Topics] = 3f,
        [Summary] = 2f,
        [Body] = 1f,
    };
}
