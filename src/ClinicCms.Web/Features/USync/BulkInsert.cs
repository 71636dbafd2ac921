using System.Data.Common;
using System.Text;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Inserts many rows with multi-row <c>INSERT … VALUES (…), (…)</c> statements inside the current transaction, using
/// EF's model for table and column names and EF's type mappings for values (so converters such as UTC dates apply)
/// on SQLite and PostgreSQL alike. EF would send one statement per row; a 10,000-node import needs a few dozen.
/// Generated keys are not read back: callers look rows up by their natural key.
/// </summary>
internal static class BulkInsert
{
    // Well under both engines' limits; more parameters make SQLite slower (it finds each parameter's index by a scan).
    private const int MaxParameters = 1_000;

    public static async Task InsertAsync<T>(CmsDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd)
            .Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter()))
            .ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var batch in rows.Chunk(Math.Max(1, MaxParameters / columns.Count)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            for (var r = 0; r < batch.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var (property, mapping, getter) = columns[c];
                    var name = $"p{r}_{c}";
                    command.Parameters.Add(mapping.CreateParameter(command, sql.GenerateParameterName(name), getter.GetClrValue(batch[r]), property.IsNullable));
                    text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
