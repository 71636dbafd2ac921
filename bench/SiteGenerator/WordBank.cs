using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicCms.Bench.SiteGenerator;

/// <summary>
/// The lists in <c>wordbank.txt</c> and the seeded random choices made from them. Every choice goes through one
/// <see cref="Random"/>, so the same seed always writes the same site.
/// </summary>
public sealed partial class WordBank(IReadOnlyDictionary<string, string[]> lists, Random random)
{
    public Random Random { get; } = random;

    public static WordBank Load(string path, int seed)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = lists[line[1..^1]] = [];
                continue;
            }

            (current ?? throw new FormatException($"{path}: '{line}' comes before any [list]")).Add(line);
        }

        return new WordBank(lists.ToDictionary(l => l.Key, l => l.Value.ToArray()), new Random(seed));
    }

    public string[] List(string name) =>
        lists.TryGetValue(name, out var list) ? list : throw new KeyNotFoundException($"wordbank.txt has no [{name}] list");

    public bool Has(string name) => lists.ContainsKey(name);

    public string Pick(string list) => Pick(List(list));

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Some distinct entries of a list, in the list's order.</summary>
    public string[] PickDistinct(string list, int count)
    {
        var items = List(list);
        return [.. Enumerable.Range(0, items.Length).OrderBy(_ => Random.Next()).Take(count).Order().Select(i => items[i])];
    }

    public int Between(int min, int max) => Random.Next(min, max + 1);

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>Fills the slots of a pattern: <c>{topic}</c> and <c>{Topic}</c> from <paramref name="slots"/>, the rest from the lists.</summary>
    public string Fill(string pattern, IReadOnlyDictionary<string, string> slots) => Slot().Replace(pattern, match =>
    {
        var name = match.Groups[1].Value;
        var lower = name.ToLowerInvariant();
        var value = slots.TryGetValue(lower, out var given) ? given : Pick(PluralList(lower));
        return char.IsUpper(name[0]) ? Capitalise(value) : value;
    });

    // {effect} draws from [effects], {activity} from [activities], {weeks} from [weeks].
    private string PluralList(string slot) =>
        new[] { slot + "s", slot.EndsWith('y') ? slot[..^1] + "ies" : slot, slot }.FirstOrDefault(lists.ContainsKey)
        ?? throw new KeyNotFoundException($"wordbank.txt has no list for the slot {{{slot}}}");

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Slot();
}
