using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClinicCms.Core.Content;

/// <summary>
/// The compact form of <see cref="PropertyValues"/> that the published snapshot keeps in memory and the database keeps
/// beside each version: JSON values minified, everything in UTF-8, Brotli-compressed when that helps. A 10,000-article
/// site is about a fifth of its stored JSON this way, and start-up reads it without parsing any JSON.
/// </summary>
/// <remarks>
/// Layout: one format byte (<see cref="Plain"/>, <see cref="Brotli"/> or <see cref="Split"/>); for Brotli the unpacked
/// length (4 bytes, little-endian) and the compressed bytes; for Split the length of the short part and the unpacked
/// length of the long part (4 bytes each), the short part as it is (its properties, then the names of the long ones)
/// and the long part compressed. A body (<see cref="PackedBody"/>): a count of aliases, then per alias its name and a
/// count of values, then per value a flags byte (1 = culture, 2 = segment), the culture and segment when flagged, and
/// the text. Strings are written as <see cref="BinaryWriter"/> writes them (7-bit length, UTF-8).
/// </remarks>
public static class PackedPropertyValues
{
    private const byte Plain = 1;
    private const byte Brotli = 2;
    private const byte Split = 3;

    /// <summary>Properties whose texts are this long or shorter (in all) are kept uncompressed in the split form.</summary>
    private const int ShortValue = 256;
    private const int CompressFrom = 512;
    // Quality 1 packs about three times faster than 4 for 10% more bytes (measured on the benchmark site's articles).
    private const int BrotliQuality = 1;
    private const int BrotliWindow = 22;

    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonReaderOptions Reader = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Packs stored property values (the JSON of <see cref="PropertyValuesJson"/>).</summary>
    public static byte[] Pack(string storedJson) => Pack(PropertyValuesJson.Deserialize(storedJson));

    public static byte[] Pack(PropertyValues values)
    {
        var all = PackedBody.Write(values, _ => true);
        if (all.Length < CompressFrom)
        {
            return [Plain, .. all];
        }

        // Short values (titles, tags, pickers, dates) stay readable without unpacking the rest: lookups across the
        // whole site (topics, reviewers) read them for every page and must not decompress every article's text.
        var large = values.Where(p => !IsSmall(p.Value)).Select(p => p.Key).ToList();
        if (large.Count == 0 || large.Count == values.Count)
        {
            return Compress(all);
        }

        var small = PackedBody.Write(values, p => IsSmall(p.Value), large);
        var rest = PackedBody.Write(values, p => !IsSmall(p.Value));
        var packed = new byte[9 + small.Length + BrotliEncoder.GetMaxCompressedLength(rest.Length)];
        packed[0] = Split;
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1, 4), small.Length);
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(5, 4), rest.Length);
        small.CopyTo(packed.AsSpan(9));
        if (!BrotliEncoder.TryCompress(rest, packed.AsSpan(9 + small.Length), out var written, BrotliQuality, BrotliWindow))
        {
            return [Plain, .. all];
        }

        return packed.AsSpan(0, 9 + small.Length + written).ToArray();
    }

    /// <summary>
    /// The values of one property when they can be read without decompressing the node's long texts: true with
    /// them (empty when the node has none), false when they are among the compressed ones (then use
    /// <see cref="Unpack"/>).
    /// </summary>
    public static bool TryReadShort(byte[] packed, string alias, out PropertyValues values)
    {
        values = PropertyValues.Empty;
        if (packed.Length == 0 || packed[0] == Brotli)
        {
            return packed.Length == 0;
        }

        var (offset, length) = packed[0] == Split ? (9, BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1, 4))) : (1, packed.Length - 1);
        return PackedBody.TryFind(packed, offset, length, alias, out values);
    }

    public static PropertyValues Unpack(ReadOnlySpan<byte> packed)
    {
        if (packed.IsEmpty)
        {
            return PropertyValues.Empty;
        }

        switch (packed[0])
        {
            case Plain:
                return Read(packed[1..].ToArray());
            case Brotli:
                return Read(Decompress(packed[5..], BinaryPrimitives.ReadInt32LittleEndian(packed[1..5])));
            case Split:
                var small = BinaryPrimitives.ReadInt32LittleEndian(packed[1..5]);
                var rest = Decompress(packed[(9 + small)..], BinaryPrimitives.ReadInt32LittleEndian(packed[5..9]));
                return PropertyValues.From(PackedBody.Read(packed[9..(9 + small)].ToArray()).Concat(PackedBody.Read(rest)));
            default:
                throw new InvalidDataException($"Packed property values have an unknown format ({packed[0]}).");
        }
    }

    /// <summary>The length of the unpacked form in bytes (about the number of characters of all the texts).</summary>
    public static int UnpackedLength(ReadOnlySpan<byte> packed) => packed.IsEmpty ? 0 : packed[0] switch
    {
        Brotli => BinaryPrimitives.ReadInt32LittleEndian(packed[1..5]),
        Split => BinaryPrimitives.ReadInt32LittleEndian(packed[1..5]) + BinaryPrimitives.ReadInt32LittleEndian(packed[5..9]),
        _ => packed.Length - 1,
    };

    /// <summary>
    /// JSON text minified and unescaped where JSON allows (<c>\u003C</c> becomes <c>&lt;</c>); any other text as it is.
    /// Converters parse these values, so they read the same; only the snapshot sees this form.
    /// </summary>
    public static string Compact(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.Length == 0 || (start[0] != '{' && start[0] != '['))
        {
            return text;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var output = new ArrayBufferWriter<byte>(utf8.Length);
        try
        {
            var reader = new Utf8JsonReader(utf8, Reader);
            using (var writer = new Utf8JsonWriter(output, CompactWriter))
            {
                using var document = JsonDocument.ParseValue(ref reader);
                if (reader.Read())
                {
                    return text; // more than one JSON value: not JSON after all
                }

                document.RootElement.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        catch (JsonException)
        {
            return text; // text that only starts like JSON, e.g. "[Placeholder] ..."
        }
    }

    private static byte[] Compress(ReadOnlySpan<byte> unpacked)
    {
        var packed = new byte[5 + BrotliEncoder.GetMaxCompressedLength(unpacked.Length)];
        packed[0] = Brotli;
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1, 4), unpacked.Length);
        if (!BrotliEncoder.TryCompress(unpacked, packed.AsSpan(5), out var written, BrotliQuality, BrotliWindow))
        {
            return [Plain, .. unpacked];
        }

        return packed.AsSpan(0, 5 + written).ToArray();
    }

    private static PropertyValues Read(byte[] unpacked) => PropertyValues.From(PackedBody.Read(unpacked));

    private static byte[] Decompress(ReadOnlySpan<byte> compressed, int length)
    {
        var buffer = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed, buffer, out var written) || written != length)
        {
            throw new InvalidDataException("Packed property values are damaged: Brotli could not restore them.");
        }

        return buffer;
    }

    private static bool IsSmall(IEnumerable<PropertyValue> values) => values.Sum(v => v.Value.Length) <= ShortValue;
}
