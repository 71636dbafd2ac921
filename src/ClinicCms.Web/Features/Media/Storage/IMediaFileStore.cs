namespace ClinicCms.Web.Features.Media.Storage;

/// <summary>
/// Where media files live. Paths are always made by ClinicCms (<c>abcd1234/photo.jpg</c>, relative to the media
/// root, forward slashes), never taken from a request. The physical store is the default; a cloud store can follow.
/// </summary>
public interface IMediaFileStore
{
    /// <summary>Writes a new file; fails if one exists at the path already.</summary>
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a file for reading, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Size and time of a file, or null when there is none.</summary>
    Task<MediaFileInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes a file and its folder when that is left empty; missing files are ignored.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}

public sealed record MediaFileInfo(long Length, DateTimeOffset LastModified);
