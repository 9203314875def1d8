using System.Text;
using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Tests.Json;

public class LineIndexTests
{
    // Line 1 "{", line 2 with a Finnish letter (two bytes, one character), line 3, then the closing brace.
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("{\n  \"city\": \"Jyväskylä\",\n  \"id\": \"x\"\n}");

    [Fact]
    public void The_first_few_positions_counted_directly_agree_with_the_line_index_used_after_them()
    {
        var offsets = Enumerable.Range(0, Text.Length + 1).Select(i => (long)i).ToArray();
        var index = new LineIndex(Text, 1, 1);
        var asked = offsets.Select(index.At).ToArray(); // the first four counted, the rest from the index

        // Every offset asked of a fresh index first, so that each one is counted directly.
        var direct = offsets.Select(o => new LineIndex(Text, 1, 1).At(o)).ToArray();

        Assert.Equal(direct, asked);
        Assert.Equal(new TextPosition(2, 3), direct[Text.AsSpan().IndexOf("\"city"u8)]);
        Assert.Equal(new TextPosition(2, 22), direct[Text.AsSpan().IndexOf(",\n"u8)]); // characters, not bytes (24)
        Assert.Equal(new TextPosition(3, 3), direct[Text.AsSpan().IndexOf("\"id"u8)]);
        Assert.Equal(new TextPosition(4, 1), direct[^2]); // the closing brace
    }

    [Fact]
    public void A_document_that_starts_mid_line_offsets_its_first_line_only()
    {
        var index = new LineIndex(Text, 7, 10);

        Assert.Equal(new TextPosition(7, 10), index.At(0));
        Assert.Equal(new TextPosition(8, 3), index.At(4));
    }
}
