using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Json;

/// <summary>
/// Reads one profile from UTF-8 JSON without ever throwing for bad input. The gate checks size and encoding; a
/// clean profile (the common case) is bound straight from its bytes (<see cref="StrictBinding"/>), its positions
/// looked up when a finding needs them (<see cref="PositionLocator"/>); only a profile the strict binding refuses
/// is walked token by token (<see cref="DiagnosticWalk"/>), and a syntax error is told in people's words
/// (<see cref="SyntaxDiagnosis"/>).
/// </summary>
internal static class ProfileJsonParser
{
    /// <summary>Nesting limit for objects and arrays; a profile needs 3 levels.</summary>
    public const int MaxDepth = 64;

    public static ProfileDocument Parse(ReadOnlyMemory<byte> utf8, string? source, TextPosition start, int maxBytes)
    {
        var span = utf8.Span;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[3..];
            span = utf8.Span;
        }

        if (utf8.Length > maxBytes)
        {
            return TooLarge(source, start, utf8.Length, maxBytes);
        }

        var lines = new LineIndex(utf8, start.Line, start.Column);
        if (span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return ProfileDocument.Failed(source, start, Finding.Input(IssueCodes.JsonEmpty, start));
        }

        if (!Utf8.IsValid(span))
        {
            return ProfileDocument.Failed(source, start, Finding.Input(IssueCodes.JsonEncoding, lines.At(SyntaxDiagnosis.FirstInvalidUtf8(span))));
        }

        var profileStart = lines.At(span.IndexOfAnyExcept(" \t\r\n"u8));
        try
        {
            // The common case, a clean profile, is bound straight from its bytes by a strict deserialiser that
            // refuses whatever the walk below would report; only a profile it refuses pays for the walk.
            if (StrictBinding.RefusesDuplicates && StrictBinding.TryBind(span) is { } clean)
            {
                return new ProfileDocument(source, profileStart, clean, [], paths => PositionLocator.Locate(utf8, lines, paths));
            }

            var full = new DiagnosticWalk(lines);
            if (full.Walk(span, profileStart) is { } notObject)
            {
                return ProfileDocument.Failed(source, profileStart, notObject);
            }

            var profile = JsonSerializer.Deserialize(full.Root!, ProfileJsonFormat.Profile)!;
            return new ProfileDocument(source, profileStart, profile, full.Findings, full.Positions);
        }
        catch (DiagnosticWalk.TooDeepException deep)
        {
            return ProfileDocument.Failed(source, profileStart, Finding.Input(IssueCodes.JsonTooDeep, deep.Position, ("Limit", MaxDepth.ToString(CultureInfo.InvariantCulture))));
        }
        catch (JsonException e)
        {
            return ProfileDocument.Failed(source, profileStart, SyntaxDiagnosis.FindingOf(e, utf8, lines));
        }
    }

    public static ProfileDocument TooLarge(string? source, TextPosition start, long size, int maxBytes) =>
        ProfileDocument.Failed(source, start, Finding.Input(
            IssueCodes.JsonTooLarge,
            start,
            ("Size", size.ToString(CultureInfo.InvariantCulture)),
            ("Limit", maxBytes.ToString(CultureInfo.InvariantCulture))));
}
