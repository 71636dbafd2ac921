using System.Text;

namespace ClinicCms.Core.Content;

/// <summary>
/// The unpacked body of <see cref="PackedPropertyValues"/>: a count of aliases, then per alias its name, a count of
/// values and each value (flags, culture and segment when flagged, the text); optionally followed by the names of
/// properties kept elsewhere (the compressed part of the split form).
/// </summary>
internal static class PackedBody
{
    public static byte[] Write(PropertyValues values, Func<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<PropertyValue>>, bool> include, IReadOnlyList<string>? elsewhere = null)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var included = values.Where(include).ToList();
            writer.Write7BitEncodedInt(included.Count);
            foreach (var (alias, list) in included)
            {
                writer.Write(alias);
                writer.Write7BitEncodedInt(list.Length);
                foreach (var value in list)
                {
                    writer.Write((byte)((value.Culture is null ? 0 : 1) | (value.Segment is null ? 0 : 2)));
                    if (value.Culture is not null) writer.Write(value.Culture);
                    if (value.Segment is not null) writer.Write(value.Segment);
                    writer.Write(PackedPropertyValues.Compact(value.Value));
                }
            }

            if (elsewhere is not null)
            {
                writer.Write7BitEncodedInt(elsewhere.Count);
                foreach (var alias in elsewhere)
                {
                    writer.Write(alias);
                }
            }
        }

        return body.ToArray();
    }

    public static List<KeyValuePair<string, IEnumerable<PropertyValue>>> Read(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
        var aliases = reader.Read7BitEncodedInt();
        var result = new List<KeyValuePair<string, IEnumerable<PropertyValue>>>(aliases);
        for (var a = 0; a < aliases; a++)
        {
            var alias = reader.ReadString();
            result.Add(new(alias, ReadValues(reader)));
        }

        return result;
    }

    /// <summary>
    /// Looks for one alias in a body (and the names after it): true with its values, true with none when the node has
    /// no such property, false when it is kept elsewhere.
    /// </summary>
    public static bool TryFind(byte[] buffer, int offset, int length, string alias, out PropertyValues values)
    {
        values = PropertyValues.Empty;
        using var reader = new BinaryReader(new MemoryStream(buffer, offset, length, writable: false), Encoding.UTF8);
        var aliases = reader.Read7BitEncodedInt();
        for (var a = 0; a < aliases; a++)
        {
            var name = reader.ReadString();
            var list = ReadValues(reader);
            if (string.Equals(name, alias, StringComparison.OrdinalIgnoreCase))
            {
                values = PropertyValues.From([new(name, list)]);
                return true;
            }
        }

        if (reader.BaseStream.Position < length)
        {
            var elsewhere = reader.Read7BitEncodedInt();
            for (var e = 0; e < elsewhere; e++)
            {
                if (string.Equals(reader.ReadString(), alias, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static PropertyValue[] ReadValues(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var values = new PropertyValue[count];
        for (var v = 0; v < count; v++)
        {
            var flags = reader.ReadByte();
            var culture = (flags & 1) != 0 ? reader.ReadString() : null;
            var segment = (flags & 2) != 0 ? reader.ReadString() : null;
            values[v] = new PropertyValue(culture, segment, reader.ReadString());
        }

        return values;
    }
}
