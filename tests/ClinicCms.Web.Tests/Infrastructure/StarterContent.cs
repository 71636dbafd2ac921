namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>Keys of the starter content in <c>uSync/v17/Content</c>.</summary>
public static class StarterContent
{
    public static readonly Guid Home = Guid.Parse("990cbdde-e05b-4a5f-9634-f17a6755887b");
    public static readonly Guid Articles = Guid.Parse("3b52c067-66a6-48f0-b2c9-43555f0e59ff");
    public static readonly Guid ChemotherapyArticle = Guid.Parse("ba1ba528-a742-466a-a9be-b8d98b905a00");
    public static readonly Guid Specialists = Guid.Parse("8761a18c-16f0-41dc-a061-e2bdfcf94f0e");
    public static readonly Guid SampleSpecialist = Guid.Parse("4e8326c8-027f-47bb-935f-3ccd802939a5");
    public static readonly Guid AboutUs = Guid.Parse("f8b1e156-4351-4d4d-9566-4f3d07478265");

    public const string ArticleUrl = "/articles/effectiveness-of-chemotherapy-in-treating-metastatic-breast-cancer/";
}
