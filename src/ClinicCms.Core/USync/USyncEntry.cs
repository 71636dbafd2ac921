namespace ClinicCms.Core.USync;

/// <summary>An item read from a uSync file, with where it came from and the lines of its elements.</summary>
public sealed record USyncEntry<T>(T Item, SourceLocation Source, LineMap Lines)
{
    /// <summary>The location of an element of the file, by <see cref="LineMap"/> path.</summary>
    public SourceLocation At(string path) => Source with { Line = Lines.Of(path) };
}

/// <summary>An <c>Empty</c> marker and the handler folder it was found in.</summary>
public sealed record USyncEmptyEntry(USyncItemType Type, EmptyMarker Marker, SourceLocation Source);
