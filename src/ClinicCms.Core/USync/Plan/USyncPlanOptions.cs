namespace ClinicCms.Core.USync.Plan;

/// <summary>What a report or import covers: the schema handlers, the content handlers (content, media, domains) or both.</summary>
public sealed record USyncPlanOptions(bool Schema = true, bool Content = true, bool Force = false)
{
    public bool Includes(USyncItemType type) => type.IsSchema() ? Schema : Content;
}
