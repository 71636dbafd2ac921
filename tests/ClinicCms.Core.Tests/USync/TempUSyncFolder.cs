namespace ClinicCms.Tests;

/// <summary>A copy of a uSync version folder (the project's by default) that a test may change; deleted afterwards.</summary>
internal sealed class TempUSyncFolder : IDisposable
{
    public TempUSyncFolder(string? source = null, bool empty = false)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cliniccms-usync-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        source ??= TestPaths.ProjectUSync;
        foreach (var file in empty ? [] : Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination);
        }
    }

    public static TempUSyncFolder Empty() => new(empty: true);

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    /// <summary>Replaces text in a file, failing the test when the text is not there (so an edit never silently does nothing).</summary>
    public void Replace(string relative, string from, string to)
    {
        var text = Read(relative);
        Assert.Contains(from, text);
        Write(relative, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllText(File(relative), text, new System.Text.UTF8Encoding(true));
    }

    public void Move(string from, string to) => System.IO.File.Move(File(from), File(to));

    public void Delete(string relative) => System.IO.File.Delete(File(relative));

    /// <summary>Turns an item's file into uSync's Delete marker, as uSync does when the item is deleted.</summary>
    public void MarkDeleted(string relative, Guid key, string alias, int? level = null) => Write(relative,
        $"""<?xml version="1.0" encoding="utf-8"?>{"\n"}<Empty Key="{key}" Alias="{alias}" Change="Delete"{(level is { } l ? $" Level=\"{l}\"" : string.Empty)} />""");

    /// <summary>The line number (1-based) of the first line containing the text.</summary>
    public int LineOf(string relative, string text) =>
        System.IO.File.ReadAllLines(File(relative)).ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
