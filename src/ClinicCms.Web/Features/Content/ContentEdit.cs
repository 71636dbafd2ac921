using ClinicCms.Core.Content;

namespace ClinicCms.Web.Features.Content;

/// <summary>What an editor submits when saving a node: its name, template and every property value.</summary>
public sealed record ContentEdit(string Name, PropertyValues Values, Guid? TemplateKey = null);
