namespace ClinicCms.Bench.SiteGenerator;

/// <summary>Writes generated nodes into a uSync <c>Content</c> folder, naming clashes as uSync does (<c>name_1a2b3c4d.config</c>).</summary>
public sealed class ContentWriter(SiteSchema schema, string folder)
{
    public int Files { get; private set; }

    public long Bytes { get; private set; }

    public GeneratedNode Add(GeneratedNode node)
    {
        Directory.CreateDirectory(folder);
        var bytes = ContentFile.Write(node, schema.Type(node.ContentTypeAlias));
        var path = Path.Combine(folder, ContentFile.FileName(node.Name));
        if (File.Exists(path))
        {
            path = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + "_" + node.Key.ToString("N")[..8] + ".config");
        }

        File.WriteAllBytes(path, bytes);
        Files++;
        Bytes += bytes.Length;
        return node;
    }
}
