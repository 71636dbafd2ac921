using ClinicCms.Core.Content;
using ClinicCms.Core.USync;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>
/// Proof that <see cref="ContentFile"/> writes what uSync writes: every content file of the project's uSync folder
/// is read, written again, and compared byte for byte.
/// </summary>
public static class FormatCheck
{
    public static int Run(string source)
    {
        var set = USyncFolderReader.Read(source);
        var schema = new SiteSchema(set);
        var failures = 0;
        foreach (var entry in set.Content)
        {
            var item = entry.Item;
            var node = new GeneratedNode
            {
                Key = item.Key,
                Name = item.Name,
                ContentTypeAlias = item.ContentTypeAlias,
                ParentKey = item.ParentKey,
                ParentName = item.ParentName ?? string.Empty,
                Path = item.Path ?? string.Empty,
                Level = item.Level,
                SortOrder = item.SortOrder ?? 0,
                CreateDate = item.CreateDate,
                Template = item.Template,
                Url = string.Empty,
                Values = item.Properties.ToDictionary(p => p.Key, p => item.Properties.Get(p.Key) ?? string.Empty),
            };

            var original = File.ReadAllBytes(Path.Combine(source, entry.Source.File));
            var written = ContentFile.Write(node, schema.Type(item.ContentTypeAlias));
            var sameName = ContentFile.FileName(item.Name) == Path.GetFileName(entry.Source.File);
            var samePath = item.Path == SiteSchema.ChildPath(ParentPath(item.Path), item.Name);
            if (original.AsSpan().SequenceEqual(written) && sameName && samePath)
            {
                Console.WriteLine($"same bytes  {entry.Source.File}");
                continue;
            }

            failures++;
            Console.WriteLine($"DIFFERENT   {entry.Source.File} (bytes {original.SequenceEqual(written)}, file name {sameName}, path {samePath})");
        }

        return failures == 0 ? 0 : 1;
    }

    private static string ParentPath(string? path) => path is null ? string.Empty : path[..path.LastIndexOf('/')];
}
