using System.Diagnostics;
using ClinicCms.Core.Content;

namespace ClinicCms.Core.Published;

/// <summary>
/// What one node holds while it is read: its unpacked values, each property's converted value and what its typed
/// model derived from it (<see cref="PublishedContentModel.Cached{T}"/>), all given up together when the budget needs
/// the room.
/// </summary>
internal sealed class ConvertedValues(PropertyValues source, int properties, long cost)
{
    public static readonly object NotConverted = new();

    public PropertyValues Source { get; } = source;

    public object?[] Converted { get; } = Filled(properties);

    /// <summary>Per property, the typed model's form of the converted value (a list of blocks, an HTML string).</summary>
    public object?[] Models { get; } = Filled(properties);

    public long Cost { get; } = cost;

    /// <summary>When the node last read a value (<see cref="Stopwatch"/> ticks); the budget evicts the oldest first.</summary>
    public long LastRead = Stopwatch.GetTimestamp();

    private static object?[] Filled(int count)
    {
        var values = new object?[count];
        Array.Fill(values, NotConverted);
        return values;
    }
}
