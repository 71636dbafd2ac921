namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>A link to show: navigation, breadcrumbs, topics. <see cref="IsCurrent"/> marks the page the reader is on.</summary>
public sealed record LinkItem(string Text, string Url, bool IsCurrent = false);
