using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.Validation;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Content;

/// <summary>
/// The content engine's write side: create, save, publish and unpublish. Every save appends a version; a save
/// based on an older version than the latest is refused. Publishing requires valid values and a published parent,
/// and shows on the public site as soon as the transaction commits.
/// </summary>
public sealed class ContentService(
    CmsDbContext db,
    SchemaService schema,
    PublishedSnapshotService snapshots,
    InstanceIdentity instance,
    ValueSanitizer sanitizer,
    TimeProvider clock)
{
    public async Task<ContentResult> CreateAsync(Guid parentKey, string contentTypeAlias, ContentEdit edit, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Create))
        {
            return ContentResult.Forbidden(Guid.Empty, ContentPermissions.Create);
        }

        if (string.IsNullOrWhiteSpace(edit.Name))
        {
            return new ContentResult(ContentResultStatus.Invalid, Guid.Empty, 0, [new ValidationProblem("name", "Enter a name.")], "Enter a name.");
        }

        var registry = schema.Current;
        var type = registry.DocumentType(contentTypeAlias);
        if (type is null || type.IsElement)
        {
            return ContentResult.Refused(Guid.Empty, 0, $"There is no document type \"{contentTypeAlias}\".");
        }

        var parent = parentKey == Guid.Empty ? null : await db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == parentKey && !n.Trashed, cancellationToken);
        if (parentKey != Guid.Empty && parent is null)
        {
            return ContentResult.NotFound(parentKey);
        }

        var allowed = registry.AllowedChildren(parent?.ContentTypeAlias);
        if (!allowed.Any(t => t.Key == type.Key))
        {
            var where = parent is null ? "at the root" : $"under \"{parent.Name}\"";
            return ContentResult.Refused(Guid.Empty, 0, $"A {type.Name} cannot be created {where}.");
        }

        var now = Now();
        var composed = registry.Compose(type);
        var values = sanitizer.Sanitize(composed, edit.Values, registry);
        var sortOrder = await db.Nodes.Where(n => n.ParentKey == parentKey && n.Kind == ContentItemKind.Content).MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1;
        var node = new ContentNode
        {
            Key = Guid.NewGuid(),
            Kind = ContentItemKind.Content,
            ParentKey = parentKey,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = sortOrder + 1,
            ContentTypeAlias = type.Alias,
            Name = edit.Name.Trim(),
            TemplateKey = edit.TemplateKey ?? DefaultTemplate(registry, type),
            CreateDate = now,
            UpdateDate = now,
            VersionNumber = 1,
            Edited = true,
            CreatorName = user.Name,
            WriterName = user.Name,
        };
        node.Versions.Add(NewVersion(node, 1, values, user, now));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Nodes.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        node.Path = (parent?.Path ?? "-1") + "," + node.Id;
        node.DraftVersionId = node.Versions[0].Id;
        Audit(node.Key, AuditActions.New, user, 1, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var problems = new ContentValidator(registry, snapshots.Current.Media).Validate(composed, values);
        return new ContentResult(ContentResultStatus.Success, node.Key, 1, problems, Saved: true);
    }

    /// <summary>Saves a new draft version. Validation problems are reported but do not stop a draft from being saved.</summary>
    public Task<ContentResult> SaveAsync(Guid key, ContentEdit edit, int basedOnVersion, ContentUser user, CancellationToken cancellationToken = default) =>
        SaveAsync(key, edit, basedOnVersion, user, AuditActions.Save, comment: null, cancellationToken);

    /// <summary>Saves a new draft version recorded in the audit trail as <paramref name="auditAction"/> (e.g. a rollback).</summary>
    internal async Task<ContentResult> SaveAsync(Guid key, ContentEdit edit, int basedOnVersion, ContentUser user, string auditAction, string? comment, CancellationToken cancellationToken)
    {
        if (!user.Can(ContentPermissions.Update))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Update);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await SaveDraftAsync(key, edit, basedOnVersion, user, auditAction, comment, cancellationToken);
        if (result.Saved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Saves, then publishes if the values are valid; when they are not, the draft is kept and publishing is refused.</summary>
    public async Task<ContentResult> SaveAndPublishAsync(Guid key, ContentEdit edit, int basedOnVersion, ContentUser user, CancellationToken cancellationToken = default)
    {
        // Checked before anything is written: a refused publish must not leave a half-done save behind.
        if (!user.Can(ContentPermissions.Update | ContentPermissions.Publish))
        {
            return ContentResult.Forbidden(key, user.Can(ContentPermissions.Update) ? ContentPermissions.Publish : ContentPermissions.Update);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveDraftAsync(key, edit, basedOnVersion, user, AuditActions.Save, null, cancellationToken);
        if (!saved.Saved)
        {
            return saved;
        }

        var published = await PublishDraftAsync(key, user, saved.VersionNumber, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (published.Published)
        {
            await snapshots.RefreshAsync(db, [key], cancellationToken);
        }

        return published with { Saved = true };
    }

    /// <summary>Publishes the latest version. <paramref name="basedOnVersion"/>, when given, must still be the latest.</summary>
    public async Task<ContentResult> PublishAsync(Guid key, ContentUser user, int? basedOnVersion = null, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Publish))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Publish);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await PublishDraftAsync(key, user, basedOnVersion, cancellationToken);
        if (result.Published)
        {
            await transaction.CommitAsync(cancellationToken);
            await snapshots.RefreshAsync(db, [key], cancellationToken);
        }

        return result;
    }

    public async Task<ContentResult> UnpublishAsync(Guid key, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Unpublish))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Unpublish);
        }

        var node = await db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Content, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        if (node.PublishedVersionId is null)
        {
            return ContentResult.Refused(key, node.VersionNumber, $"\"{node.Name}\" is not published.");
        }

        var now = Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        node.PublishedVersionId = null;
        node.Edited = true;
        node.UpdateDate = now;
        Audit(key, AuditActions.Unpublish, user, node.VersionNumber, now);
        db.CacheInstructions.Add(CacheInstructionBody.Create(instance, [key]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await snapshots.RefreshAsync(db, [key], cancellationToken);
        return new ContentResult(ContentResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>Checks the latest version of a node against its type, as publishing would.</summary>
    public async Task<IReadOnlyList<ValidationProblem>> ValidateAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var draft = await LatestAsync(key, cancellationToken);
        var registry = schema.Current;
        return draft is null || registry.ComposeDocumentType(draft.Value.Node.ContentTypeAlias) is not { } type
            ? []
            : new ContentValidator(registry, snapshots.Current.Media).Validate(type, PropertyValuesJson.Deserialize(draft.Value.Version.Values));
    }

    private async Task<ContentResult> SaveDraftAsync(Guid key, ContentEdit edit, int basedOnVersion, ContentUser user, string auditAction, string? comment, CancellationToken cancellationToken)
    {
        var node = await db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Content, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        if (node.VersionNumber != basedOnVersion)
        {
            return await StaleAsync(node, cancellationToken);
        }

        if (node.Trashed)
        {
            return ContentResult.Refused(key, node.VersionNumber, $"\"{node.Name}\" is in the Recycle Bin: restore it before editing.");
        }

        var registry = schema.Current;
        if (registry.ComposeDocumentType(node.ContentTypeAlias) is not { } type)
        {
            return ContentResult.Refused(key, node.VersionNumber, $"The document type \"{node.ContentTypeAlias}\" no longer exists.");
        }

        if (string.IsNullOrWhiteSpace(edit.Name))
        {
            return new ContentResult(ContentResultStatus.Invalid, key, node.VersionNumber, [new ValidationProblem("name", "Enter a name.")], "Enter a name.");
        }

        var now = Now();
        var values = sanitizer.Sanitize(type, edit.Values, registry);
        var number = node.VersionNumber + 1;
        node.Name = edit.Name.Trim();
        var version = NewVersion(node, number, values, user, now, edit.TemplateKey ?? node.TemplateKey);
        node.Versions.Add(version);
        node.VersionNumber = number;
        node.TemplateKey = version.TemplateKey;
        node.Edited = true;
        node.UpdateDate = now;
        node.WriterName = user.Name;
        Audit(key, auditAction, user, number, now, comment);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write.
            db.ChangeTracker.Clear();
            var current = await db.Nodes.SingleAsync(n => n.Key == key, cancellationToken);
            return await StaleAsync(current, cancellationToken);
        }

        node.DraftVersionId = version.Id;
        await db.SaveChangesAsync(cancellationToken);

        var problems = new ContentValidator(registry, snapshots.Current.Media).Validate(type, values);
        return new ContentResult(ContentResultStatus.Success, key, number, problems, Saved: true);
    }

    private async Task<ContentResult> PublishDraftAsync(Guid key, ContentUser user, int? basedOnVersion, CancellationToken cancellationToken)
    {
        var node = await db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Content, cancellationToken);
        if (node is null || node.Trashed)
        {
            return ContentResult.NotFound(key);
        }

        if (basedOnVersion is { } expected && expected != node.VersionNumber)
        {
            return await StaleAsync(node, cancellationToken);
        }

        var registry = schema.Current;
        var version = await db.Versions.AsTracking().SingleAsync(v => v.NodeId == node.Id && v.Number == node.VersionNumber, cancellationToken);
        if (registry.ComposeDocumentType(node.ContentTypeAlias) is not { } type)
        {
            return ContentResult.Refused(key, node.VersionNumber, $"The document type \"{node.ContentTypeAlias}\" no longer exists.");
        }

        var problems = new ContentValidator(registry, snapshots.Current.Media).Validate(type, PropertyValuesJson.Deserialize(version.Values));
        if (problems.Count > 0)
        {
            return new ContentResult(ContentResultStatus.Invalid, key, node.VersionNumber, problems,
                $"\"{node.Name}\" was not published: fix the {(problems.Count == 1 ? "problem" : $"{problems.Count} problems")} shown first.");
        }

        if (node.ParentKey != Guid.Empty
            && !await db.Nodes.AnyAsync(p => p.Key == node.ParentKey && p.PublishedVersionId != null && !p.Trashed, cancellationToken))
        {
            return ContentResult.Refused(key, node.VersionNumber, $"\"{node.Name}\" cannot be published before its parent is published.");
        }

        var now = Now();
        version.WasPublished = true;
        node.PublishedVersionId = version.Id;
        node.Edited = false;
        node.PublishDate = now;
        Audit(key, AuditActions.Publish, user, node.VersionNumber, now);
        db.CacheInstructions.Add(CacheInstructionBody.Create(instance, [key]));
        await db.SaveChangesAsync(cancellationToken);
        return new ContentResult(ContentResultStatus.Success, key, node.VersionNumber, [], Published: true);
    }

    private async Task<ContentResult> StaleAsync(ContentNode node, CancellationToken cancellationToken)
    {
        var latest = await db.Versions.AsNoTracking()
            .Where(v => v.NodeId == node.Id && v.Number == node.VersionNumber)
            .Select(v => new { v.UserName, v.Date })
            .SingleOrDefaultAsync(cancellationToken);
        var who = latest?.UserName ?? "someone else";
        var when = latest?.Date ?? node.UpdateDate;
        return new ContentResult(ContentResultStatus.Stale, node.Key, node.VersionNumber, [],
            $"{who} saved \"{node.Name}\" at {when:yyyy-MM-dd HH:mm} UTC, after you opened it. Your changes were not saved: reload to see theirs, or compare the versions.",
            LatestSavedBy: who, LatestSavedAt: when);
    }

    private async Task<(ContentNode Node, ContentVersion Version)?> LatestAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await db.Nodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key, cancellationToken);
        if (node is null)
        {
            return null;
        }

        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.NodeId == node.Id && v.Number == node.VersionNumber, cancellationToken);
        return (node, version);
    }

    private static ContentVersion NewVersion(ContentNode node, int number, PropertyValues values, ContentUser user, DateTime now, Guid? templateKey = null) => new()
    {
        Number = number,
        Name = node.Name,
        TemplateKey = templateKey ?? node.TemplateKey,
        Values = PropertyValuesJson.Serialize(values),
        Date = now,
        UserId = user.Id,
        UserName = user.Name,
    };

    private static Guid? DefaultTemplate(SchemaRegistry registry, ContentTypeDefinition type) =>
        type.DefaultTemplate is { } alias ? registry.Template(alias)?.Key : null;

    private void Audit(Guid key, string action, ContentUser user, int version, DateTime now, string? comment = null) =>
        db.Audit.Add(new AuditEntry { NodeKey = key, Action = action, Date = now, UserId = user.Id, UserName = user.Name, VersionNumber = version, Comment = comment });

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
