using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
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
/// Layout: one format byte (<see cref="Plain"/>, <see cref="Brotli"/>, <see cref="Split"/> or <see cref="Stored"/>); for
/// Brotli the unpacked length (4 bytes, little-endian) and the compressed bytes; for Split the length of the short part
/// and the unpacked length of the long part (4 bytes each), the short part as it is (its properties, then the names of
/// the long ones) and the long part compressed. Stored is Split without its long part (which stays in the database):
/// the same two lengths, an XxHash3 of the compressed long part (8 bytes, so two forms differ whenever their long texts
/// do), then the short part. A body (<see cref="PackedBody"/>): a count of aliases, then per alias its name and a
/// count of values, then per value a flags byte (1 = culture, 2 = segment), the culture and segment when flagged, and
/// the text. Strings are written as <see cref="BinaryWriter"/> writes them (7-bit length, UTF-8).
/// </remarks>
public static class PackedPropertyValues
{
    private const byte Plain = 1;
    private const byte Brotli = 2;
    private const byte Split = 3;
    private const byte Stored = 4;
    private const int SplitHeader = 9;
    private const int StoredHeader = 17;

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
        var packed = new byte[SplitHeader + small.Length + BrotliEncoder.GetMaxCompressedLength(rest.Length)];
        packed[0] = Split;
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1, 4), small.Length);
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(5, 4), rest.Length);
        small.CopyTo(packed.AsSpan(SplitHeader));
        if (!BrotliEncoder.TryCompress(rest, packed.AsSpan(SplitHeader + small.Length), out var written, BrotliQuality, BrotliWindow))
        {
            return [Plain, .. all];
        }

        return packed.AsSpan(0, SplitHeader + small.Length + written).ToArray();
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

        var (offset, length) = packed[0] switch
        {
            Split => (SplitHeader, BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1, 4))),
            Stored => (StoredHeader, BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1, 4))),
            _ => (1, packed.Length - 1),
        };
        return PackedBody.TryFind(packed, offset, length, alias, out values);
    }

    /// <summary>
    /// The form a published snapshot keeps in memory: the short values only, when the long texts are compressed apart
    /// (<see cref="Split"/>); they are read from storage again when a page needs them. Other forms come back as they are.
    /// </summary>
    public static byte[] WithoutLongTexts(byte[] packed)
    {
        if (packed.Length == 0 || packed[0] != Split)
        {
            return packed;
        }

        var small = BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(1, 4));
        var trimmed = new byte[StoredHeader + small];
        trimmed[0] = Stored;
        packed.AsSpan(1, 8).CopyTo(trimmed.AsSpan(1));
        BinaryPrimitives.WriteUInt64LittleEndian(trimmed.AsSpan(9, 8), XxHash3.HashToUInt64(packed.AsSpan(SplitHeader + small)));
        packed.AsSpan(SplitHeader, small).CopyTo(trimmed.AsSpan(StoredHeader));
        return trimmed;
    }

    /// <summary>True for the form <see cref="WithoutLongTexts"/> makes: <see cref="Unpack"/> needs the stored form instead.</summary>
    public static bool IsWithoutLongTexts(ReadOnlySpan<byte> packed) => !packed.IsEmpty && packed[0] == Stored;

    /// <summary>The short values alone of any form (what is left of a node whose stored row has gone).</summary>
    public static PropertyValues UnpackShort(ReadOnlySpan<byte> packed) => packed.IsEmpty ? PropertyValues.Empty : packed[0] switch
    {
        Split => Read(packed[SplitHeader..(SplitHeader + BinaryPrimitives.ReadInt32LittleEndian(packed[1..5]))].ToArray()),
        Stored => Read(packed[StoredHeader..].ToArray()),
        Brotli => PropertyValues.Empty,
        _ => Unpack(packed),
    };

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
                var rest = Decompress(packed[(SplitHeader + small)..], BinaryPrimitives.ReadInt32LittleEndian(packed[5..9]));
                return PropertyValues.From(PackedBody.Read(packed[SplitHeader..(SplitHeader + small)].ToArray()).Concat(PackedBody.Read(rest)));
            case Stored:
                throw new InvalidOperationException("These packed property values keep only the short texts; unpack the stored form.");
            default:
                throw new InvalidDataException($"Packed property values have an unknown format ({packed[0]}).");
        }
    }

    /// <summary>The length of the unpacked form in bytes (about the number of characters of all the texts).</summary>
    public static int UnpackedLength(ReadOnlySpan<byte> packed) => packed.IsEmpty ? 0 : packed[0] switch
    {
        Brotli => BinaryPrimitives.ReadInt32LittleEndian(packed[1..5]),
        Split or Stored => BinaryPrimitives.ReadInt32LittleEndian(packed[1..5]) + BinaryPrimitives.ReadInt32LittleEndian(packed[5..9]),
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
