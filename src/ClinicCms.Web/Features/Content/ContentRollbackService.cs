using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Content;

/// <summary>
/// Rolls a node back to an earlier version by saving that version's name, template and values as a new draft:
/// history is never rewritten, and the public site changes only when someone publishes the draft.
/// </summary>
public sealed class ContentRollbackService(CmsDbContext db, ContentService content)
{
    public async Task<ContentResult> RollbackAsync(Guid key, int toVersion, int basedOnVersion, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Rollback))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Rollback);
        }

        var old = await db.Versions.AsNoTracking()
            .Where(v => v.Node!.Key == key && v.Number == toVersion)
            .Select(v => new { v.Name, v.TemplateKey, v.Values })
            .SingleOrDefaultAsync(cancellationToken);
        if (old is null)
        {
            return ContentResult.NotFound(key);
        }

        var edit = new ContentEdit(old.Name, PropertyValuesJson.Deserialize(old.Values), old.TemplateKey);
        var rollbackUser = user with { Permissions = user.Permissions | ContentPermissions.Update };
        return await content.SaveAsync(key, edit, basedOnVersion, rollbackUser, AuditActions.Rollback, $"Rolled back to version {toVersion}", cancellationToken);
    }
}
