using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClinicCms.Web.Data;

/// <summary>
/// Every date the site stores is UTC. Dates read from uSync files carry no zone; this marks them UTC on the way in
/// (PostgreSQL's timestamptz refuses unmarked dates) and marks what SQLite gives back as UTC on the way out.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
