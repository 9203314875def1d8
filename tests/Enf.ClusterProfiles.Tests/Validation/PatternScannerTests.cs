using System.Text;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Tests.Validation;

/// <summary>Each hand-written scanner says exactly what its catalogue pattern says, matched as a whole.</summary>
public class PatternScannerTests
{
    public static TheoryData<string> Patterns() =>
        [FieldCatalog.Version1["id"].Constraints.Pattern!, FieldCatalog.Version1["contact.phone"].Constraints.Pattern!, FieldCatalog.Version1["contact.email"].Constraints.Pattern!];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void The_scanner_agrees_with_its_pattern_on_many_texts(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var scanner = ValueChecks.Matcher(pattern);
        var random = new Random(20261204);
        var (agreed, matched) = (0, 0);
        foreach (var text in Texts(random, 60_000))
        {
            var expected = ValueChecks.MatchesWhole(regex, text);
            Assert.True(expected == scanner(text), $"'{Regex.Escape(text)}': the pattern says {expected}");
            agreed++;
            matched += expected ? 1 : 0;
        }

        Assert.True(matched > 1000, $"only {matched} of {agreed} texts matched: the texts do not test the positive side");
    }

    [Theory]
    [InlineData("arctic-water", true)]
    [InlineData("arctic--water", false)]
    [InlineData("+358 40 123 4567", true)]
    [InlineData("+358-40-1234567 ", true)]
    [InlineData("+ 358 40 123 4567", false)]
    [InlineData("+3584012", false)] // 7 digits
    [InlineData("info@arctic-water.fi", true)]
    [InlineData("info@cluster", false)]
    [InlineData("info@cluster.f1", false)]
    [InlineData("a b@c.fi", false)]
    [InlineData("info@arctic..fi", false)]
    public void Known_values_read_as_the_spec_says(string value, bool valid)
    {
        var pattern = value.Contains('@', StringComparison.Ordinal) ? FieldCatalog.Version1["contact.email"].Constraints.Pattern!
            : value.StartsWith('+') ? FieldCatalog.Version1["contact.phone"].Constraints.Pattern!
            : FieldCatalog.Version1["id"].Constraints.Pattern!;

        Assert.Equal(valid, ValueChecks.Matcher(pattern)(value));
    }

    // Texts near each pattern: pieces of ids, phone numbers and addresses glued at random, with characters that
    // each pattern treats specially (white space of several kinds, a final line break, letters outside ASCII).
    private static IEnumerable<string> Texts(Random random, int count)
    {
        string[] pieces = ["a", "z", "k9", "0", "7", "42", "-", "--", " ", "+", "+358", "@", ".", "..", "fi", "com", "x1", "é", "_", "\t", "\n", "\u00a0", "A", "Info", "cluster", "-1", "3 4", "a.b", "@x.fi"];
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var kind = i % 4;
            if (kind == 1)
            {
                text.Append('+').Append(random.Next(10));
                for (var d = random.Next(0, 24); d > 0; d--)
                {
                    text.Append(random.Next(24) switch { 0 or 3 or 4 => " ", 1 or 5 => "-", 2 => "x", _ => random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                }
            }
            else if (kind == 2)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(pieces[random.Next(pieces.Length)]).Append('@');
                for (var l = random.Next(0, 4); l > 0; l--)
                {
                    text.Append(pieces[random.Next(pieces.Length)]).Append('.');
                }

                text.Append(random.Next(3) switch { 0 => "fi", 1 => "c", _ => pieces[random.Next(pieces.Length)] });
            }
            else
            {
                for (var p = random.Next(1, 6); p > 0; p--)
                {
                    text.Append(kind == 3 ? (random.Next(3) == 0 ? "-" : "ab9"[random.Next(3)].ToString()) : pieces[random.Next(pieces.Length)]);
                }
            }

            yield return text.ToString();
        }
    }
}
